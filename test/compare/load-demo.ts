/**
 * The demo news site's on-topic articles, rendered and extracted as the extension sees them, then analysed:
 * the fixture for event grouping and for the planted differences (scripts/demo-site/planted-*.ts).
 */
import { analyzeArticle } from '@/lib/analyze/index';
import { fromArticle } from '@/lib/compare/comparable';
import type { ComparableReport } from '@/lib/compare/types';
import { extractArticle } from '@/lib/extract';
import { parseHtml } from '@/lib/node/parse-html';
import { articles } from '@/scripts/demo-site/articles/index';
import { renderArticle } from '@/scripts/demo-site/render-article';

const ORIGIN = 'http://demo.test';

/** One demo article with its event ("e1", "e2", "e3") and path. */
export interface DemoReport {
  path: string;
  event: string;
  report: ComparableReport;
}

let cached: DemoReport[] | null = null;

/** Every on-topic demo article with an event, analysed once per process; the id is the page path. */
export function loadDemo(): DemoReport[] {
  if (cached) return cached;
  cached = articles
    .filter((a) => a.event)
    .map((spec) => {
      const url = `${ORIGIN}${spec.path}`;
      const article = extractArticle(parseHtml(renderArticle(spec, { origin: ORIGIN }, [], 7), url), url);
      if (!article) throw new Error(`demo article ${spec.path} did not extract`);
      return {
        path: spec.path,
        event: spec.event ?? '',
        report: fromArticle(article, analyzeArticle(article), spec.path),
      };
    });
  return cached;
}
