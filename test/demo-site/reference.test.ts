import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolveEngine } from '@/lib/analyze';
import { analyzeWith } from '@/lib/analyze/analyze-with';
import { detectArticle, extractArticle, isBigPage } from '@/lib/extract';
import { BIG_PAGE_CHARS, BIG_PAGE_ELEMENTS } from '@/lib/extract/limits';
import { parseHtml } from '@/lib/extract/parse-html';
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
    it(`${r.path}: counts as a big page by elements and by text, and is an on-topic article`, async () => {
      const url = new URL(r.path, site.url).href;
      const html = await (await fetch(url)).text();
      const doc = parseHtml(html, url);
      const elements = doc.getElementsByTagName('*').length;
      const chars = doc.body.textContent?.length ?? 0;
      console.log(`${r.path}: ${elements} elements, ${chars} characters of text, ${html.length} of HTML`);
      // Either would do; both, with a margin, so a retuned threshold does not quietly make it small.
      expect(elements).toBeGreaterThan(BIG_PAGE_ELEMENTS * 1.2);
      expect(chars).toBeGreaterThan(BIG_PAGE_CHARS * 1.2);
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
