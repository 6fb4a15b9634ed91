import { describe, expect, it } from 'vitest';
import { htmlLimitReason } from '@/lib/extract';
import { parseHtml } from '@/lib/node/parse-html';
import { analyzeDocument } from '@/lib/pipeline';
import { corpusSkipReason, hasCorpus } from '../corpus';
import { benchmarkPages, readabilityPages } from '../extract/corpus-pages';
import { analysisProblems, articleProblems } from '../fuzz/invariants';

if (!hasCorpus) console.warn(corpusSkipReason);

interface Tally {
  pages: number;
  articles: number;
  nonArticles: number;
  skipped: number;
  exceptions: string[];
  invariantBreaks: string[];
}

/** One real page through detect → extract → analyse, as the CLI runs it; every outcome is counted. */
function runPage(t: Tally, name: string, url: string, html: string): void {
  t.pages++;
  try {
    const tooBig = htmlLimitReason(html);
    if (tooBig) {
      t.skipped++;
      return;
    }
    const r = analyzeDocument(parseHtml(html, url), url);
    if (!r.detection.isArticle) t.nonArticles++;
    else if (r.article && r.analysis) {
      t.articles++;
      const broken = [...articleProblems(r.article), ...analysisProblems(r.article, r.analysis)];
      if (broken.length) t.invariantBreaks.push(`${name}: ${broken.slice(0, 3).join('; ')}`);
    } else t.skipped++;
    if (!r.article && !r.skipped) t.invariantBreaks.push(`${name}: no article and no reason`);
  } catch (err) {
    t.exceptions.push(`${name}: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
  }
}

describe.skipIf(!hasCorpus)('the full pipeline on the 311 real corpus pages (Node, jsdom)', () => {
  it('no page throws, and every article satisfies the invariants', () => {
    const t: Tally = {
      pages: 0,
      articles: 0,
      nonArticles: 0,
      skipped: 0,
      exceptions: [],
      invariantBreaks: [],
    };
    for (const p of readabilityPages())
      runPage(t, `readability/${p.name}`, `https://${p.name}.example/article`, p.html());
    for (const p of benchmarkPages()) runPage(t, `benchmark/${p.id}`, p.url, p.html());
    console.log(
      `corpus pipeline: ${t.pages} pages, ${t.articles} articles, ${t.nonArticles} non-articles, ` +
        `${t.skipped} skipped, ${t.exceptions.length} exceptions, ${t.invariantBreaks.length} invariant breaks`,
    );
    for (const b of t.invariantBreaks) console.log(`  ${b}`);
    expect(t.pages).toBe(311);
    expect(t.exceptions).toEqual([]);
    expect(t.invariantBreaks).toEqual([]);
    // Nearly all of these pages are articles; a collapse here would mean the pipeline stopped working.
    expect(t.articles).toBeGreaterThan(250);
  }, 900_000);
});
