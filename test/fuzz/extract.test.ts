import fc from 'fast-check';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { detectArticle, extractArticle } from '@/lib/extract';
import { parseHtml } from '@/lib/node/parse-html';
import { analyzeDocument } from '@/lib/pipeline';
import { hostilePage, storyPage } from './hostile-input';
import { analysisProblems, articleProblems } from './invariants';

const URL_ = 'https://news.example/2024/01/28/drone-attack';
const RUNS = 200;

/** Runs the whole pipeline and returns every invariant violation; any exception fails the property. */
function pipelineProblems(doc: Document, url = URL_): string[] {
  const r = analyzeDocument(doc, url);
  const out: string[] = [];
  if (r.article) out.push(...articleProblems(r.article));
  if (r.article && r.analysis) out.push(...analysisProblems(r.article, r.analysis));
  if (!r.article && !r.skipped) out.push('no article and no skip reason');
  if (r.analysis && !r.article) out.push('analysis without article');
  return out;
}

/** The deepest element nesting under body, walked iteratively (the point is that it is too deep to recurse). */
function nestingDepth(doc: Document): number {
  let max = 0;
  const stack: [Element, number][] = doc.body ? [[doc.body, 1]] : [];
  while (stack.length) {
    const [el, d] = stack.pop() as [Element, number];
    max = Math.max(max, d);
    for (const kid of Array.from(el.children)) stack.push([kid, d + 1]);
  }
  return max;
}

describe(`extract: ${RUNS} generated malformed pages through detect → extract → analyse`, () => {
  it(`no exception escapes and every invariant holds on ${RUNS} pages (jsdom)`, () => {
    let articles = 0;
    fc.assert(
      fc.property(hostilePage, (html) => {
        const doc = parseHtml(html, URL_);
        const before = doc.documentElement.outerHTML;
        expect(pipelineProblems(doc)).toEqual([]);
        // Extraction works on a clone: the live page is never rewritten.
        expect(doc.documentElement.outerHTML).toBe(before);
        if (extractArticle(doc, URL_)) articles++;
      }),
      { numRuns: RUNS, seed: 20240128 },
    );
    console.log(`fuzz extract: ${RUNS} generated pages, ${articles} extracted as articles`);
    // The generator is meant to hit both branches; if it stops doing so the test has lost its teeth.
    expect(articles).toBeGreaterThan(RUNS / 10);
    expect(articles).toBeLessThan(RUNS);
  });

  it('a malformed URL is no reason to throw', () => {
    const doc = parseHtml(storyPage(6), 'not a url');
    for (const url of ['not a url', '', 'javascript:alert(1)', 'http://[::1', '\u0000']) {
      expect(pipelineProblems(doc, url)).toEqual([]);
    }
  });
});

describe('extract: structural extremes (6 pages)', () => {
  it('5,000 levels of nesting: limits and detection walk it without a stack overflow (linkedom)', () => {
    const wrap = (inner: string) => `${'<div>'.repeat(5000)}${inner}${'</div>'.repeat(5000)}`;
    const { document } = parseHTML(storyPage(12, wrap));
    expect(nestingDepth(document)).toBeGreaterThan(5000);
    expect(detectArticle(document).signals.length).toBeGreaterThan(0);
    const unclosed = parseHTML(`<html><body>${'<div><span>'.repeat(5000)}<p>x</p></body></html>`).document;
    expect(nestingDepth(unclosed)).toBeGreaterThan(5000);
    expect(detectArticle(unclosed).isArticle).toBe(false);
    expect(pipelineProblems(unclosed)).toEqual([]);
  });

  // Readability's cost grows with the square of the depth (5,000 levels take seconds), so the full
  // extraction runs at 1,000 levels, already twice what a browser's HTML parser builds (512).
  it('1,000 levels of nesting around an article: the full pipeline extracts it (linkedom)', () => {
    const wrap = (inner: string) => `${'<div>'.repeat(1000)}${inner}${'</div>'.repeat(1000)}`;
    const { document } = parseHTML(storyPage(12, wrap));
    expect(nestingDepth(document)).toBeGreaterThan(1000);
    const r = analyzeDocument(document, URL_);
    expect(r.article?.paragraphs.length).toBeGreaterThan(5);
    expect(pipelineProblems(document)).toEqual([]);
  });

  it('600 levels of nesting parse and analyse through jsdom (its parser is quadratic in depth too)', () => {
    const wrap = (inner: string) => `${'<div>'.repeat(600)}${inner}${'</div>'.repeat(600)}`;
    const doc = parseHtml(storyPage(12, wrap), URL_);
    expect(nestingDepth(doc)).toBeGreaterThan(600);
    expect(pipelineProblems(doc)).toEqual([]);
  });

  it('100 KB attribute values (class, style, data-, href, meta content) do not break extraction', () => {
    const huge = 'x'.repeat(100_000);
    const junk = `"${huge}"`;
    const html = storyPage(
      10,
      (inner) =>
        `<div class=${junk} style=${junk} data-blob=${junk}><a href="https://e.test/${huge}">${huge.slice(0, 10)}</a>${inner}</div>`,
    ).replace(
      '<head>',
      `<head><meta name="description" content=${junk}><meta name="author" content=${junk}>`,
    );
    expect(html.length).toBeGreaterThan(500_000);
    const r = analyzeDocument(parseHtml(html, URL_), URL_);
    expect(r.article?.paragraphs.length).toBeGreaterThan(5);
    // An absurd byline is dropped rather than shown.
    expect((r.article?.byline ?? '').length).toBeLessThan(1000);
    expect(pipelineProblems(parseHtml(html, URL_))).toEqual([]);
  });

  it('script and style bodies that read like news are never taken as article text', () => {
    const fake = 'Kataib Hezbollah said 99 rockets struck the embassy in a scripted sentence.';
    const html = storyPage(
      8,
      (inner) =>
        `<script>/* ${fake} */</script><style>/* ${fake} */</style>${inner}<script>var s = "${fake}";</script>`,
    );
    const r = analyzeDocument(parseHtml(html, URL_), URL_);
    expect(r.article).not.toBeNull();
    expect(r.article?.text).not.toContain('scripted sentence');
  });
});
