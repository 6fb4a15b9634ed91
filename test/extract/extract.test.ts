import { describe, expect, it } from 'vitest';
import { extractArticle, extractionLimitReason, MAX_TEXT_CHARS } from '@/lib/extract';
import { parseHtml } from '@/lib/node/parse-html';
import type { Article } from '@/lib/types';
import { fixtureDoc, fixtureHtml } from './fixtures';

function expectConsistent(a: Article): void {
  expect(a.paragraphs.length).toBeGreaterThan(0);
  expect(a.text.split('\n\n')).toEqual(a.paragraphs.map((p) => a.text.slice(p.start, p.end)));
  for (const p of a.paragraphs) {
    const t = a.text.slice(p.start, p.end);
    expect(t).toBe(t.trim());
    expect(t).not.toMatch(/\s{2}|\n/);
  }
}

describe('extractArticle on hand-written pages', () => {
  it('reads JSON-LD metadata, resolves the canonical link and drops the byline line from the body', () => {
    const doc = fixtureDoc('news-jsonld', 'https://ledger.example/world/story?ref=home');
    const before = doc.documentElement.outerHTML;
    const a = extractArticle(doc, 'https://ledger.example/world/story?ref=home');
    expect(doc.documentElement.outerHTML).toBe(before); // the live page is never touched
    expect(a).not.toBeNull();
    if (!a) return;
    expectConsistent(a);
    expect(a.canonicalUrl).toBe('https://ledger.example/world/2023/10/20/drone-strike-eastern-syria');
    expect(a.title).toBe('Drone strike hits base housing US troops in eastern Syria');
    expect(a.byline).toBe('Mara Ellison, Tomas Reyes');
    expect(a.siteName).toBe('Harbor Ledger Online');
    expect(a.publishedTime).toBe('2023-10-20T18:30:00.000Z');
    expect(a.lang).toBe('en-US');
    expect(a.text.startsWith('A one-way attack drone struck')).toBe(true);
    // headings, quotes and list items are paragraphs of their own
    expect(a.text).toContain('\n\nPentagon weighs options\n\n');
    expect(a.text).toContain("\n\nThursday's attack was the fourth on the base this month.\n\n");
    expect(a.text).toContain('Ryder told reporters');
    expect(a.text).not.toContain('Privacy');
    expect(a.text).not.toContain('All rights reserved');
  });

  it('falls back to the JSON-LD publisher for the site name, and to <time datetime> for the date', () => {
    const html = fixtureHtml('news-jsonld')
      .replace(/<meta property="og:site_name"[^>]*>/, '')
      .replace('"datePublished":"2023-10-20T14:30:00-04:00",', '')
      .replace(
        '<p class="byline">',
        '<p><time datetime="2023-10-21T08:00:00Z">Oct. 21</time></p><p class="byline">',
      );
    const a = extractArticle(parseHtml(html, 'https://ledger.example/x'), 'https://ledger.example/x');
    expect(a?.siteName).toBe('The Harbor Ledger');
    expect(a?.publishedTime).toBe('2023-10-21T08:00:00.000Z');
  });

  it('uses OpenGraph url and site name when there is no JSON-LD', () => {
    const a = extractArticle(
      fixtureDoc('news-og-only', 'https://m.northernwire.example/x'),
      'https://m.northernwire.example/x',
    );
    expect(a).not.toBeNull();
    if (!a) return;
    expectConsistent(a);
    expect(a.canonicalUrl).toBe('https://northernwire.example/news/iraq-air-base-rockets');
    expect(a.siteName).toBe('Northern Wire');
    expect(a.byline).toBe('Selin Aydın');
    expect(a.publishedTime).toBeNull();
    expect(a.paragraphs).toHaveLength(5);
    expect(a.text).not.toMatch(/Share|Tweet/);
  });

  it('finds the date in a visible date line and falls back to the host and the page URL', () => {
    const url = 'https://www.wire.example/2024/01/28/jordan-outpost';
    const a = extractArticle(fixtureDoc('news-dateline', url), url);
    expect(a).not.toBeNull();
    if (!a) return;
    expectConsistent(a);
    expect(a.publishedTime).toBe('2024-01-28T21:04:00.000Z');
    expect(a.canonicalUrl).toBe(url);
    expect(a.siteName).toBe('wire.example');
    expect(a.lang).toBeNull();
    expect(a.text.startsWith('Three American soldiers were killed')).toBe(true);
    expect(a.paragraphs).toHaveLength(5);
  });

  it('returns null for pages with no body and never throws on malformed markup', () => {
    for (const html of [
      '',
      '<html><body></body></html>',
      '<div><p>unclosed <b>tags <i>every<where',
      '<script>x</script>',
    ]) {
      expect(() => extractArticle(parseHtml(html, 'https://x.example/'), 'https://x.example/')).not.toThrow();
    }
    expect(extractArticle(parseHtml('', 'https://x.example/'), 'https://x.example/')).toBeNull();
  });

  it('skips a page over the size limit with a reason instead of extracting it', () => {
    const para = `<p>${'Militia rocket attacks were reported near the base again today. '.repeat(40)}</p>`;
    const doc = parseHtml(
      `<html><body><article>${para.repeat(Math.ceil((MAX_TEXT_CHARS * 4) / 2500) + 50)}</article></body></html>`,
      'https://x.example/big',
    );
    expect(extractionLimitReason(doc)).toMatch(/page too large/);
    expect(extractArticle(doc, 'https://x.example/big')).toBeNull();
    const small = fixtureDoc('news-og-only', 'https://x.example/');
    expect(extractionLimitReason(small)).toBeNull();
  });
});
