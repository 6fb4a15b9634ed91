import { JSDOM } from 'jsdom';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { inBackgroundPage, setupOffscreenExtract } from '@/lib/ext/background/extract-here';
import { setupExtractHtml, viaOffscreenDocument } from '@/lib/ext/background/extract-html';
import { createOffscreenHost, type OffscreenApi } from '@/lib/ext/background/offscreen-host';
import { sendMessage } from '@/lib/ext/messages';
import { MAX_HTML_CHARS } from '@/lib/extract';
import { parseHtml } from '@/lib/node/parse-html';
import { fixtureHtml } from '../extract/fixtures';

type Listener = (msg: unknown, sender: object, reply: (r: unknown) => void) => boolean;

/**
 * A one-process stand-in for chrome.runtime messaging, as @webext-core/messaging uses it: messages go to every
 * listener; `extractHtml` comes from a tab (a content script), everything else from the extension itself.
 */
function fakeRuntime() {
  const listeners: Listener[] = [];
  const runtime = {
    lastError: undefined as { message: string } | undefined,
    onMessage: {
      addListener: (l: Listener) => listeners.push(l),
      removeListener: (l: Listener) => listeners.splice(listeners.indexOf(l), 1),
    },
    senderOf: (msg: { type?: string }): object => (msg.type === 'extractHtml' ? { tab: { id: 7 } } : {}),
    sendMessage(msg: { type?: string }, cb: (r: unknown) => void) {
      for (const l of listeners) if (l(msg, runtime.senderOf(msg), cb)) return;
      runtime.lastError = { message: 'Could not establish connection. Receiving end does not exist.' };
      cb(undefined);
      runtime.lastError = undefined;
    },
  };
  return runtime;
}

const parser = new new JSDOM('').window.DOMParser();
const URL_ = 'https://news.example/world/story';
const pageHtml = () => parseHtml(fixtureHtml('news-jsonld'), URL_).documentElement.outerHTML;

function fakeOffscreen() {
  let open = false;
  const api: OffscreenApi = {
    exists: async () => open,
    create: vi.fn(async () => {
      open = true;
    }),
    close: vi.fn(async () => {
      open = false;
    }),
  };
  return api;
}

describe('extractHtml in the background', () => {
  let runtime: ReturnType<typeof fakeRuntime>;
  const stops: (() => void)[] = [];
  beforeEach(() => {
    runtime = fakeRuntime();
    vi.stubGlobal('chrome', { runtime });
    vi.stubGlobal('DOMParser', new JSDOM('').window.DOMParser);
  });
  afterEach(() => {
    for (const stop of stops.splice(0)) stop();
    vi.unstubAllGlobals();
  });

  it('Firefox: the background page extracts with its own DOMParser', async () => {
    stops.push(setupExtractHtml(inBackgroundPage));
    const r = await sendMessage('extractHtml', { html: pageHtml(), url: URL_ });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.site).toBe('background');
    expect(r.value.ms).toBeGreaterThanOrEqual(0);
    expect(r.value.article?.title).toBe('Drone strike hits base housing US troops in eastern Syria');
  });

  it('Chrome: the worker opens the offscreen document, which extracts', async () => {
    const api = fakeOffscreen();
    stops.push(setupOffscreenExtract(parser));
    stops.push(setupExtractHtml(viaOffscreenDocument(createOffscreenHost(api))));
    const [a, b] = await Promise.all([
      sendMessage('extractHtml', { html: pageHtml(), url: URL_ }),
      sendMessage('extractHtml', { html: pageHtml(), url: URL_ }),
    ]);
    expect(a.ok && a.value.site).toBe('offscreen');
    expect(a.ok && a.value.article?.text).toContain('A one-way attack drone struck');
    expect(b.ok && b.value.article).toEqual(a.ok && a.value.article);
    expect(api.create).toHaveBeenCalledTimes(1);
  });

  it('refuses oversize HTML with the reason, before opening anything', async () => {
    const api = fakeOffscreen();
    stops.push(setupExtractHtml(viaOffscreenDocument(createOffscreenHost(api))));
    const r = await sendMessage('extractHtml', { html: 'x'.repeat(MAX_HTML_CHARS + 1), url: URL_ });
    expect(r).toEqual({ ok: false, error: 'page too large: 3.0 MB of HTML (limit 3 MB)' });
    expect(api.create).not.toHaveBeenCalled();
  });

  it('turns a missing offscreen document into a failure value, never a hang', async () => {
    stops.push(setupExtractHtml(viaOffscreenDocument(createOffscreenHost(fakeOffscreen()))));
    const r = await sendMessage('extractHtml', { html: pageHtml(), url: URL_ });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(/^extraction off the page failed: .*Receiving end does not exist/);
  });

  it('turns a failure to open the offscreen document into a failure value', async () => {
    const api = fakeOffscreen();
    api.create = async () => {
      throw new Error('Offscreen documents are not supported');
    };
    stops.push(setupExtractHtml(viaOffscreenDocument(createOffscreenHost(api))));
    const r = await sendMessage('extractHtml', { html: pageHtml(), url: URL_ });
    expect(r).toEqual({
      ok: false,
      error: 'extraction off the page failed: Offscreen documents are not supported',
    });
  });

  it('the offscreen document answers the worker only, not content scripts', async () => {
    stops.push(setupOffscreenExtract(parser));
    runtime.senderOf = () => ({ tab: { id: 3 } });
    const r = await sendMessage('offscreenExtract', { html: pageHtml(), url: URL_ });
    expect(r).toEqual({ ok: false, error: 'offscreen extraction is only for the background' });
  });

  it('refuses a malformed request', async () => {
    stops.push(setupExtractHtml(inBackgroundPage));
    const bad = { html: 42, url: URL_ } as unknown as { html: string; url: string };
    expect(await sendMessage('extractHtml', bad)).toEqual({
      ok: false,
      error: 'malformed extraction request',
    });
  });
});
