import { JSDOM, VirtualConsole } from 'jsdom';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ExtractedElsewhere, ExtractRequest } from '@/lib/ext/messages';
import { analysePage } from '@/lib/ext/page/analyse-page';
import {
  ELSEWHERE_TIMEOUT_MS,
  extractElsewhereRun,
  type SendExtract,
} from '@/lib/ext/page/extract-elsewhere';
import { extractArticle, isBigPage, MAX_HTML_CHARS } from '@/lib/extract';
import type { Article, PageState, Result } from '@/lib/types';
import { localEngine } from './local-engine';

const URL_ = 'https://news.example/2024/01/28/long-report';

/** A long on-topic report: enough text and elements to count as a big page. */
function bigPage(): Document {
  // Footnote marks, as an encyclopedia page has: many elements, little text.
  const cites = (i: number) =>
    Array.from({ length: 12 }, (_, k) => `<sup><a href="#c${i}-${k}">${k}</a></sup>`).join('');
  const para = (i: number) =>
    `<p>Paragraph ${i}: Kataib Hezbollah claimed a drone attack on US forces at Tower 22 in Jordan, the Pentagon said on Monday, and <a href="/n/${i}">officials</a> said <span>${i}</span> service members were wounded.${cites(i)}</p>`;
  const html = `<!doctype html><html lang="en"><head><title>The long report</title>
<meta property="og:type" content="article"><meta property="article:published_time" content="2024-01-29T10:00:00Z"></head>
<body><nav>${Array.from({ length: 200 }, (_, i) => `<a href="/s/${i}">Section ${i}</a>`).join(' ')}</nav>
<main><article><h1>The long report</h1>${Array.from({ length: 150 }, (_, i) => para(i)).join('\n')}</article></main></body></html>`;
  return new JSDOM(html, { url: URL_, virtualConsole: new VirtualConsole() }).window.document;
}

const notArticle = { detection: { isArticle: false } } as PageState;
const anArticle = { detection: { isArticle: true } } as PageState;
const sent =
  (value: ExtractedElsewhere): SendExtract =>
  async () => ({ ok: true, value });

describe('extractElsewhereRun', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('hands back the article from elsewhere and records where it ran', async () => {
    const article = { title: 'x' } as Article;
    const run = extractElsewhereRun(sent({ article, site: 'offscreen', ms: 120 }));
    expect(await run.extract('<html></html>', URL_)).toBe(article);
    expect(run.record(anArticle)).toEqual({ site: 'offscreen', ms: 120 });
  });

  it('rejects on a failure value, and records the page with the reason', async () => {
    const run = extractElsewhereRun(async () => ({ ok: false, error: 'extraction failed: boom' }));
    await expect(run.extract('<html></html>', URL_)).rejects.toThrow('extraction failed: boom');
    expect(run.record(anArticle)).toEqual({ site: 'page', fallback: 'extraction failed: boom' });
  });

  it('rejects when the worker goes away mid-request (the message port closes)', async () => {
    const run = extractElsewhereRun(async () => {
      throw new Error('The message port closed before a response was received.');
    });
    await expect(run.extract('<html></html>', URL_)).rejects.toThrow(/message port closed/);
    expect(run.record(anArticle)?.fallback).toMatch(/message port closed/);
  });

  it('rejects after the timeout when no answer comes', async () => {
    vi.useFakeTimers();
    const run = extractElsewhereRun(() => new Promise<Result<ExtractedElsewhere>>(() => {}));
    const pending = run.extract('<html></html>', URL_).catch((e: Error) => e.message);
    await vi.advanceTimersByTimeAsync(ELSEWHERE_TIMEOUT_MS + 1);
    expect(await pending).toBe('no answer within 10 s');
    expect(run.record(anArticle)).toEqual({ site: 'page', fallback: 'no answer within 10 s' });
  });

  it('does not send HTML over the size limit at all', async () => {
    const send = vi.fn<SendExtract>();
    const run = extractElsewhereRun(send);
    await expect(run.extract('x'.repeat(MAX_HTML_CHARS + 1), URL_)).rejects.toThrow(/page too large/);
    expect(send).not.toHaveBeenCalled();
  });

  it('records the page when extraction ran there, and nothing when it never ran', () => {
    const run = extractElsewhereRun(vi.fn<SendExtract>());
    expect(run.record(anArticle)).toEqual({ site: 'page' });
    expect(run.record(notArticle)).toBeUndefined();
  });
});

describe('analysePage with extraction elsewhere', () => {
  it('sends a big page away and uses the article that comes back', async () => {
    const doc = bigPage();
    expect(isBigPage(doc)).toBe(true);
    const requests: ExtractRequest[] = [];
    const run = extractElsewhereRun(async (r) => {
      requests.push(r);
      return { ok: true, value: { article: extractArticle(bigPage(), r.url), site: 'background', ms: 9 } };
    });
    const result = await analysePage(doc, URL_, new AbortController().signal, localEngine(), {
      extractElsewhere: run.extract,
    });
    expect(requests).toHaveLength(1);
    expect(requests[0].url).toBe(URL_);
    expect(requests[0].html).toContain('Paragraph 129');
    expect(result.state.article?.text).toContain('Paragraph 129');
    expect(result.items.length).toBeGreaterThan(0);
    expect(run.record(result.state)).toEqual({ site: 'background', ms: 9 });
  });

  it('falls back to extracting in the page when elsewhere fails, losing nothing', async () => {
    const doc = bigPage();
    const run = extractElsewhereRun(async () => {
      throw new Error('Could not establish connection. Receiving end does not exist.');
    });
    const result = await analysePage(doc, URL_, new AbortController().signal, localEngine(), {
      extractElsewhere: run.extract,
    });
    expect(result.state.article?.text).toBe(extractArticle(bigPage(), URL_)?.text);
    expect(result.items.length).toBeGreaterThan(0);
    expect(run.record(result.state)).toEqual({
      site: 'page',
      fallback: 'Could not establish connection. Receiving end does not exist.',
    });
  });
});
