/**
 * Big pages are extracted off the page's main thread: in Chromium by the offscreen document, in Firefox by the
 * background page; when that fails the page extracts in-page and still gets its highlights. Small pages stay
 * in-page. Nothing leaves the machine.
 */
import { describe, expect, it } from 'vitest';
import type { PageState } from '@/lib/types';
import { referencePages } from '../../scripts/demo-site/articles/reference-pages';
import { demoPages } from '../../scripts/demo-site/catalog';
import { type ChromiumSession, launchChromium } from './harness/chromium';
import { type DemoSite, useDemoAndBrowser } from './harness/demo';
import { type FirefoxSession, launchFirefox } from './harness/firefox';
import { unexpectedEscapes } from './harness/sentinel';
import { shot } from './harness/shots';
import type { TabsApi } from './harness/tabs-api';

const BIG = referencePages[0].path.slice(1);
const small = demoPages.find((p) => p.kind === 'article');
if (!small) throw new Error('the demo site has no article');
const SMALL = small.path.slice(1);

const ranMarker = () => document.documentElement.dataset.parallax ?? null;
const highlightCount = (): number => {
  const reg = (CSS as unknown as { highlights?: Map<string, Set<Range>> }).highlights;
  let n = document.querySelectorAll('mark[data-parallax]').length;
  if (reg) for (const [k, h] of reg) if (k.startsWith('parallax-') && k !== 'parallax-flash') n += h.size;
  return n;
};

interface RuntimeApi {
  runtime: { sendMessage(m: unknown): Promise<{ res?: unknown } | undefined> };
}

/** Runs in an extension page: the background's state of a tab, through the typed messenger's envelope. */
const tabState = async (tabId: number): Promise<unknown> => {
  const g = globalThis as unknown as { browser?: RuntimeApi; chrome: RuntimeApi };
  const api = g.browser ?? g.chrome;
  const m = { id: Math.floor(Math.random() * 1e6), type: 'getTabState', data: tabId, timestamp: Date.now() };
  return (await api.runtime.sendMessage(m))?.res ?? null;
};

/** Polls until the background holds the tab's analysed article (it arrives just after the page marker). */
async function analysedState(ask: () => Promise<unknown>): Promise<PageState> {
  for (let i = 0; i < 100; i++) {
    const state = (await ask()) as PageState | null;
    if (state?.article) return state;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('the tab state never arrived');
}

describe('extraction off the page (Chromium)', () => {
  let demo: DemoSite;
  let s: ChromiumSession;
  useDemoAndBrowser(launchChromium, (d, b) => {
    demo = d;
    s = b;
  });

  /** Opens a demo page, waits for its highlights, and returns the background's state of its tab. */
  async function open(path: string) {
    const page = await s.open(demo.url + path);
    await page.waitForFunction(ranMarker, null, { timeout: 30_000 });
    expect(await page.evaluate(ranMarker)).toBe('article');
    await page.waitForFunction(highlightCount, null, { timeout: 30_000 });
    const tabId = await s.tabIdOf(page);
    const ext = await s.openExtensionPage('sidepanel.html?probe=1');
    const state = await analysedState(() => ext.evaluate(tabState, tabId));
    await ext.close();
    return { page, state };
  }

  const offscreenDocuments = () =>
    s.worker.evaluate(async () => {
      const api = (
        globalThis as unknown as {
          chrome: { runtime: { getContexts(f: object): Promise<{ documentUrl?: string }[]> } };
        }
      ).chrome;
      const found = await api.runtime.getContexts({ contextTypes: ['OFFSCREEN_DOCUMENT'] });
      return found.map((c) => new URL(c.documentUrl ?? '').pathname);
    });

  it('extracts the big reference page in one offscreen document, even for three tabs at once, and highlights it', async () => {
    expect(await offscreenDocuments()).toEqual([]);
    // Distinct addresses (the query is ignored by the site) so each tab's state can be told apart.
    const runs = await Promise.all([1, 2, 3].map((n) => open(`${BIG}?tab=${n}`)));
    console.log(`big page in Chromium: ${runs.map((r) => JSON.stringify(r.state.extraction)).join(' ')}`);
    for (const { state } of runs) {
      expect(state.extraction?.site).toBe('offscreen');
      expect(state.extraction?.ms).toBeGreaterThanOrEqual(0);
      expect(state.article?.title).toBe(referencePages[0].title);
      expect(state.analysis?.topics.some((t) => t.match)).toBe(true);
    }
    expect(await offscreenDocuments()).toEqual(['/offscreen.html']);
    // The panel's diagnostics say so too.
    const panel = await s.openPanel(runs[0].page);
    const note = panel.locator('.px-extraction');
    await note.waitFor({ timeout: 15_000 });
    expect(await note.textContent()).toMatch(
      /^Extracted off the page, in the extension's offscreen document \(\d+ ms\)\.$/,
    );
    await shot(panel, 'chromium-big-page-panel');
    await shot(runs[0].page, 'chromium-big-page-highlights');
    await panel.close();
    for (const { page } of runs) await page.close();
  });

  it('extracts a small article in the page, as before', async () => {
    const { page, state } = await open(SMALL);
    expect(state.extraction).toMatchObject({ site: 'page' });
    expect(state.extraction?.fallback).toBeUndefined();
    await page.close();
  });

  it('falls back to in-page extraction when the offscreen document is gone and cannot be opened, then recovers', async () => {
    // The document disappears under the worker (as after a crash), and opening a new one fails.
    await s.worker.evaluate(async () => {
      const api = (
        globalThis as unknown as {
          chrome: { offscreen: Record<string, unknown> & { closeDocument(): Promise<void> } };
        }
      ).chrome.offscreen;
      await api.closeDocument().catch(() => undefined);
      api.__realCreate = api.createDocument;
      api.createDocument = () => Promise.reject(new Error('offscreen unavailable (test)'));
    });
    try {
      const first = await open(BIG);
      console.log(`offscreen gone: ${JSON.stringify(first.state.extraction)}`);
      expect(first.state.extraction?.site).toBe('page');
      expect(first.state.extraction?.fallback).toMatch(/^extraction off the page failed: /);
      expect(first.state.article?.title).toBe(referencePages[0].title);
      await first.page.close();
      const second = await open(BIG);
      expect(second.state.extraction).toMatchObject({
        site: 'page',
        fallback: 'extraction off the page failed: offscreen unavailable (test)',
      });
      await second.page.close();
    } finally {
      await s.worker.evaluate(() => {
        const api = (globalThis as unknown as { chrome: { offscreen: Record<string, unknown> } }).chrome
          .offscreen;
        api.createDocument = api.__realCreate;
      });
    }
    const again = await open(BIG);
    expect(again.state.extraction?.site).toBe('offscreen');
    await again.page.close();
  });

  // Last in this block: it stops the service worker, so `s.worker` is stale afterwards.
  it('falls back to in-page extraction when the worker is stopped in the middle of a request', async () => {
    // The worker holds the request to the offscreen document, so the stop lands mid-request.
    await s.worker.evaluate(() => {
      const g = globalThis as unknown as {
        __held?: boolean;
        chrome: { runtime: { sendMessage(m: { type?: string }, cb?: unknown): unknown } };
      };
      const real = g.chrome.runtime.sendMessage.bind(g.chrome.runtime);
      g.chrome.runtime.sendMessage = (m, cb) => {
        if (m?.type !== 'offscreenExtract') return real(m, cb);
        g.__held = true;
        return undefined;
      };
    });
    const page = await s.open(demo.url + BIG);
    await expect
      .poll(() => s.worker.evaluate(() => (globalThis as { __held?: boolean }).__held === true))
      .toBe(true);
    const ext = await s.openExtensionPage('sidepanel.html?probe=1');
    const cdp = await s.context.newCDPSession(ext);
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    await page.waitForFunction(highlightCount, null, { timeout: 30_000 });
    // The restarted worker lost its tab state; the page reported again after its fallback.
    const url = page.url();
    const tabId = await ext.evaluate(async (u) => {
      const api = (globalThis as unknown as { chrome: TabsApi }).chrome;
      return (await api.tabs.query({})).find((t) => t.url === u)?.id ?? -1;
    }, url);
    const state = await analysedState(() => ext.evaluate(tabState, tabId));
    console.log(`worker stopped mid-request: ${JSON.stringify(state.extraction)}`);
    expect(state.extraction?.site).toBe('page');
    expect(state.extraction?.fallback).toMatch(/closed|Receiving end/);
    expect(state.article?.title).toBe(referencePages[0].title);
    await ext.close();
    await page.close();
  });

  it('sends no request off the machine, and no page errors', () => {
    expect(unexpectedEscapes(s.sentinel.escaped)).toEqual([]);
    expect(s.extensionRequests).toEqual([]);
    expect(s.pageErrors.filter((e) => !/favicon/.test(e))).toEqual([]);
  });
});

describe('extraction off the page (Firefox)', () => {
  let demo: DemoSite;
  let s: FirefoxSession;
  useDemoAndBrowser(launchFirefox, (d, b) => {
    demo = d;
    s = b;
  });

  async function open(path: string) {
    const page = await s.open(demo.url + path);
    await page.waitForFunction(ranMarker, { timeout: 30_000 });
    expect(await page.evaluate(ranMarker)).toBe('article');
    await page.waitForFunction(highlightCount, { timeout: 30_000 });
    const tabId = await s.tabIdOf(page, demo.url);
    const ext = await s.openExtensionPage('sidepanel.html?probe=1', demo.url);
    const state = await analysedState(() => ext.evaluate(tabState, tabId));
    await ext.close();
    return { page, state };
  }

  it('extracts the big reference page in the background page, and highlights it', async () => {
    const { page, state } = await open(BIG);
    console.log(`big page in Firefox: ${JSON.stringify(state.extraction)}`);
    expect(state.extraction?.site).toBe('background');
    expect(state.article?.title).toBe(referencePages[0].title);
    await page.close();
  });

  it('falls back to in-page extraction when the background page cannot parse', async () => {
    const ext = await s.openExtensionPage('sidepanel.html?probe=1', demo.url);
    type Bg = Record<string, unknown>;
    type Api = { runtime: { getBackgroundPage(): Promise<Bg> } };
    // Firefox's background page is a window the extension's own pages can reach.
    await ext.evaluate(async () => {
      const bg = await (globalThis as unknown as { browser: Api }).browser.runtime.getBackgroundPage();
      bg.__realDOMParser = bg.DOMParser;
      // A function, not an arrow: the background calls it with `new`.
      bg.DOMParser = function NoParser() {
        throw new Error('no parser (test)');
      };
    });
    try {
      const { page, state } = await open(BIG);
      expect(state.extraction).toMatchObject({
        site: 'page',
        fallback: 'extraction off the page failed: no parser (test)',
      });
      expect(state.article?.title).toBe(referencePages[0].title);
      await page.close();
    } finally {
      await ext.evaluate(async () => {
        const bg = await (globalThis as unknown as { browser: Api }).browser.runtime.getBackgroundPage();
        bg.DOMParser = bg.__realDOMParser;
      });
      await ext.close();
    }
  });

  it('sends no request off the machine', () => {
    expect(unexpectedEscapes(s.sentinel.escaped)).toEqual([]);
  });
});
