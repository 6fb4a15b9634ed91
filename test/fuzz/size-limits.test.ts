import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { htmlLimitReason, MAX_HTML_CHARS } from '@/lib/extract';
import { parseHtml } from '@/lib/node/parse-html';
import { analyzeDocument, type PipelineResult } from '@/lib/pipeline';
import { storySentences } from './hostile-input';
import { analysisProblems, articleProblems } from './invariants';

const URL_ = 'https://news.example/huge';
// Generous on purpose: the machine is shared, so only an order-of-magnitude blow-up should fail.
const MAX_RATIO = 40;

/** A page of `paras` distinct paragraphs (numbered so boilerplate removal keeps them), each element padded. */
function bigPage(paras: number, attrBytes: number, sentencesPer: number): string {
  const pad = 'c'.repeat(attrBytes);
  const ps = Array.from({ length: paras }, (_, i) => {
    const words = Array.from(
      { length: sentencesPer },
      (_, k) => storySentences[(i + k) % storySentences.length],
    );
    return `<p class="${pad}" data-i="${i}">Update ${i}: ${words.join(' ')}</p>`;
  });
  return `<!doctype html><html lang="en"><head><title>Live updates</title><meta property="og:type" content="article"></head><body><article><h1>Live updates</h1>${ps.join('\n')}</article></body></html>`;
}

/** Parses with linkedom, then times the pipeline against the parse itself: the cost every page already paid. */
function timed(html: string): { r: PipelineResult; ratio: number; doc: Document } {
  let t = performance.now();
  const { document } = parseHTML(html);
  const parse = Math.max(1, performance.now() - t);
  t = performance.now();
  const r = analyzeDocument(document, URL_);
  const ratio = (performance.now() - t) / parse;
  console.log(
    `${(html.length / 1e6).toFixed(1)} MB page: ${r.skipped ?? 'analysed'}; pipeline/parse time ratio ${ratio.toFixed(2)}`,
  );
  return { r, ratio, doc: document };
}

describe('size limits: four 5 MB pages and one of 70,000 elements', () => {
  it('raw HTML over the limit is refused before parsing, with a reason', () => {
    const html = bigPage(12_000, 10, 5);
    expect(html.length).toBeGreaterThan(5e6);
    expect(html.length).toBeGreaterThan(MAX_HTML_CHARS);
    expect(htmlLimitReason(html)).toMatch(/too large/);
    expect(htmlLimitReason(bigPage(20, 10, 2))).toBeNull();
  });

  it('a 5 MB page of text is skipped with a reason, at about the cost of reading it once', () => {
    const { r, ratio } = timed(bigPage(12_000, 10, 5));
    expect(r.article).toBeNull();
    expect(r.skipped).toMatch(/page too large/);
    expect(r.detection.signals.join(' ')).toMatch(/too large/);
    expect(ratio).toBeLessThan(MAX_RATIO);
  });

  it('a 5 MB page that is mostly markup is analysed in full within the bound, invariants intact', () => {
    const { r, ratio } = timed(bigPage(2_500, 1_900, 1));
    expect(r.skipped).toBeUndefined();
    expect(r.article && r.analysis).toBeTruthy();
    if (!r.article || !r.analysis) return;
    expect(r.article.text.length).toBeGreaterThan(100_000);
    expect(articleProblems(r.article)).toEqual([]);
    expect(analysisProblems(r.article, r.analysis)).toEqual([]);
    expect(ratio).toBeLessThan(MAX_RATIO);
  });

  // Extraction still returns the long article, so the reader is told why analysis stopped.
  it('a 5 MB page whose article text is over the analysis limit is skipped after extraction, with a reason', () => {
    const { r, ratio } = timed(bigPage(3_000, 1_200, 3));
    expect(r.article).toBeNull();
    expect(r.analysis).toBeNull();
    expect(r.skipped).toMatch(/article too long/);
    expect(ratio).toBeLessThan(MAX_RATIO);
  });

  it('a page of 70,000 elements is skipped before Readability walks it (jsdom counts elements)', () => {
    const html = `<html><body><article><p>${storySentences.join(' ')}</p>${'<b>x</b>'.repeat(70_000)}</article></body></html>`;
    const r = analyzeDocument(parseHtml(html, URL_), URL_);
    expect(r.article).toBeNull();
    expect(r.skipped).toMatch(/elements/);
  });
});
