/**
 * Loads the BASIL articles of the shared corpus (210 real reports, 70 events, three outlets each) and runs
 * them through the analysis pipeline, for evaluations and corpus tests. Callers check `hasBasil` first.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeArticle } from '@/lib/analyze/index';
import { fromArticle } from '@/lib/compare/comparable';
import type { ComparableReport } from '@/lib/compare/types';
import type { Article } from '@/lib/types';
import { corpusDir } from '@/test/corpus';

/** Where the BASIL articles live. */
export const basilDir = join(corpusDir, 'basil');

/** True when the BASIL articles are present. */
export const hasBasil = existsSync(join(basilDir, 'articles'));

/** One BASIL article, analysed, with the event it belongs to. */
export interface BasilReport {
  /** File name without ".json": `<event uuid>_<n>`. */
  id: string;
  event: string;
  report: ComparableReport;
}

interface BasilJson {
  title: string;
  date?: string;
  url?: string;
  source?: string;
  'triplet-uuid': string;
  'body-paragraphs': string[][];
}

const OUTLETS: Record<string, string> = { fox: 'Fox News', nyt: 'The New York Times', hpo: 'HuffPost' };

/** An Article from a BASIL record: paragraphs joined by blank lines, as the extractor does. */
export function basilArticle(json: BasilJson): Article {
  const paragraphs = json['body-paragraphs'].map((p) => p.join(' ').trim()).filter(Boolean);
  let text = '';
  const spans = paragraphs.map((p) => {
    const start = text.length === 0 ? 0 : text.length + 2;
    text = text.length === 0 ? p : `${text}\n\n${p}`;
    return { start, end: start + p.length };
  });
  const url = json.url ?? '';
  return {
    url,
    canonicalUrl: url,
    title: json.title,
    byline: null,
    siteName: OUTLETS[json.source ?? ''] ?? json.source ?? '',
    publishedTime: json.date ? `${json.date}T12:00:00Z` : null,
    lang: 'en',
    text,
    paragraphs: spans,
  };
}

let cached: BasilReport[] | null = null;

/** Every BASIL article, analysed once per process, in file-name order. */
export function loadBasil(): BasilReport[] {
  if (cached) return cached;
  const out: BasilReport[] = [];
  const root = join(basilDir, 'articles');
  for (const year of readdirSync(root).sort()) {
    for (const file of readdirSync(join(root, year)).sort()) {
      if (!file.endsWith('.json')) continue;
      const json = JSON.parse(readFileSync(join(root, year, file), 'utf8')) as BasilJson;
      const article = basilArticle(json);
      const id = file.replace(/\.json$/, '');
      out.push({
        id,
        event: json['triplet-uuid'],
        report: fromArticle(article, analyzeArticle(article), id),
      });
    }
  }
  cached = out;
  return out;
}
