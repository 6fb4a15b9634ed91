import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolveEngine } from '@/lib/analyze';
import { analyzeWith } from '@/lib/analyze/analyze-with';
import { detectArticle, extractArticle, isBigPage, readingScope } from '@/lib/extract';
import { BIG_PAGE_ELEMENTS } from '@/lib/extract/limits';
import { parseHtml } from '@/lib/node/parse-html';
import { referencePages } from '../../scripts/demo-site/articles/reference-pages';
import { demoPages } from '../../scripts/demo-site/catalog';
import { type DemoSite, startDemoSite } from '../../scripts/demo-site/server';

describe('demo site reference page (big on purpose)', () => {
  let site: DemoSite;
  beforeAll(async () => {
    site = await startDemoSite({ port: 0 });
  });
  afterAll(async () => {
    await site.close();
  });

  it('is in the catalog as a reference page', () => {
    expect(demoPages.filter((p) => p.kind === 'reference').map((p) => p.path)).toEqual(
      referencePages.map((r) => r.path),
    );
  });

  for (const r of referencePages) {
    it(`${r.path}: counts as a big page by what Readability would read, and is an on-topic article`, async () => {
      const url = new URL(r.path, site.url).href;
      const html = await (await fetch(url)).text();
      const doc = parseHtml(html, url);
      const scope = readingScope(doc);
      console.log(
        `${r.path}: ${doc.getElementsByTagName('*').length} elements, ${scope.elements} in the story region, ${scope.paragraphChars} characters of paragraphs, ${html.length} of HTML`,
      );
      // With a margin, so a retuned threshold does not quietly make it small.
      expect(scope.elements).toBeGreaterThan(BIG_PAGE_ELEMENTS * 1.15);
      expect(isBigPage(doc)).toBe(true);
      expect(detectArticle(doc).isArticle).toBe(true);
      const article = extractArticle(doc, url);
      expect(article?.title).toBe(r.title);
      expect(article?.text).toContain('Tower 22');
      const analysis = analyzeWith(article!, resolveEngine());
      expect(analysis.topics.some((t) => t.match)).toBe(true);
      expect(analysis.claims.length).toBeGreaterThan(20);
    });
  }
});
