import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { extractArticle, extractFromHtml, type HtmlParser, MAX_HTML_CHARS } from '@/lib/extract';
import { parseHtml } from '@/lib/node/parse-html';
import { corpusSkipReason, hasCorpus } from '../corpus';
import { benchmarkPages } from './corpus-pages';
import { fixtureHtml } from './fixtures';

// jsdom's DOMParser stands in for the offscreen document's and the background page's.
const parser: HtmlParser = new new JSDOM('').window.DOMParser();

/** What the content script sends: the live page serialised, which drops the doctype. */
const serialised = (html: string, url: string) => parseHtml(html, url).documentElement.outerHTML;

describe('extractFromHtml', () => {
  for (const name of ['news-jsonld', 'news-og-only', 'news-dateline', 'homepage', 'product', 'login']) {
    it(`${name}: gives the same article as extraction in the page`, () => {
      const url = `https://news.example/${name}`;
      const inPage = extractArticle(parseHtml(fixtureHtml(name), url), url);
      const elsewhere = extractFromHtml(serialised(fixtureHtml(name), url), url, parser);
      expect(elsewhere).toEqual({ ok: true, value: inPage });
    });
  }

  it('refuses HTML over the size limit with the reason, without parsing it', () => {
    const calls: string[] = [];
    const spy: HtmlParser = {
      parseFromString: (html, type) => {
        calls.push(type);
        return parser.parseFromString(html, type);
      },
    };
    const huge = `<html><body><p>${'x'.repeat(MAX_HTML_CHARS)}</p></body></html>`;
    const r = extractFromHtml(huge, 'https://news.example/big', spy);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(/^page too large: 3\.0 MB of HTML/);
    expect(calls).toEqual([]);
  });

  it('parses in standards mode even though outerHTML lost the doctype', () => {
    let mode = '';
    const spy: HtmlParser = {
      parseFromString: (html, type) => {
        const doc = parser.parseFromString(html, type);
        mode = doc.compatMode;
        return doc;
      },
    };
    extractFromHtml('<html><body><p>Hello</p></body></html>', 'https://news.example/', spy);
    expect(mode).toBe('CSS1Compat');
  });

  it('leaves <noscript> content out of the article: the reader with scripting on never sees it', () => {
    const url = 'https://news.example/noscript';
    const html = fixtureHtml('news-jsonld').replace(
      '<p class="byline">',
      '<noscript><p>Please enable JavaScript to read the full story and its interactive map of the region.</p></noscript><p class="byline">',
    );
    const r = extractFromHtml(serialised(html, url), url, parser);
    expect(r.ok && r.value?.text).toContain('A one-way attack drone struck');
    expect(r.ok && r.value?.text).not.toContain('enable JavaScript');
  });

  it('returns null, not a failure, for a page with no article', () => {
    expect(extractFromHtml('<html><body></body></html>', 'https://news.example/', parser)).toEqual({
      ok: true,
      value: null,
    });
  });
});

describe.skipIf(!hasCorpus)(
  hasCorpus ? 'extractFromHtml on real pages: same article as in the page' : corpusSkipReason,
  () => {
    // Every fifteenth benchmark page under 200 KB: enough variety to catch a parse difference, quick enough
    // (jsdom parses each page twice) for every run.
    const pages = hasCorpus
      ? benchmarkPages()
          .filter((_, i) => i % 15 === 0)
          .map((p) => ({ ...p, source: p.html() }))
          .filter((p) => p.source.length < 200_000)
      : [];
    it(`${pages.length} benchmark pages`, () => {
      const differ: string[] = [];
      for (const p of pages) {
        const html = p.source;
        const inPage = extractArticle(parseHtml(html, p.url), p.url);
        const elsewhere = extractFromHtml(serialised(html, p.url), p.url, parser);
        if (!elsewhere.ok || elsewhere.value?.text !== inPage?.text) differ.push(p.id);
      }
      console.log(`extractFromHtml parity: ${pages.length - differ.length}/${pages.length} pages identical`);
      expect(differ).toEqual([]);
    });
  },
);
