import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium, type Page, type Worker } from 'playwright-core';
import { chromeDist, chromiumPath } from './paths';
import { type Sentinel, startSentinel } from './sentinel';
import type { RegisteredScriptsApi, TabsApi } from './tabs-api';

/** A real Chromium with the built extension loaded. */
export interface ChromiumSession {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  /** Every request an extension context made (service worker, extension pages), by URL. */
  extensionRequests: string[];
  /** Requests that tried to leave the machine, from any context. */
  sentinel: Sentinel;
  /** Uncaught errors and console errors from extension pages and pages under test. */
  pageErrors: string[];
  open(url: string): Promise<Page>;
  openPanel(forPage?: Page, query?: string): Promise<Page>;
  openExtensionPage(path: string): Promise<Page>;
  tabIdOf(page: Page): Promise<number>;
  close(): Promise<void>;
}

/** Launches Chromium with .output/chrome-mv3 loaded and every non-loopback request sent to a sentinel. */
export async function launchChromium(options: { headless?: boolean } = {}): Promise<ChromiumSession> {
  if (!chromiumPath) throw new Error('Chromium is not installed (apt-get install chromium)');
  const profile = mkdtempSync(join(tmpdir(), 'parallax-chromium-'));
  const sentinel = await startSentinel();
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath,
    headless: options.headless ?? true,
    viewport: { width: 1280, height: 900 },
    args: [
      `--disable-extensions-except=${chromeDist}`,
      `--load-extension=${chromeDist}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-features=Translate,OptimizationHints,MediaRouter',
      // Loopback stays direct; everything else would go through the sentinel and be recorded.
      `--proxy-server=http://127.0.0.1:${sentinel.port}`,
      '--proxy-bypass-list=<-loopback>;127.0.0.1',
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  // The background registers the content script for granted sites at start-up, asynchronously; a page
  // opened before that would never be analysed, so wait for the registration.
  await worker.evaluate(async () => {
    const api = (globalThis as unknown as { chrome: RegisteredScriptsApi }).chrome;
    for (let i = 0; i < 100; i++) {
      if ((await api.scripting.getRegisteredContentScripts()).length > 0) return;
      await new Promise((r) => setTimeout(r, 50));
    }
  });
  const extensionRequests: string[] = [];
  const pageErrors: string[] = [];
  const extOrigin = `chrome-extension://${extensionId}`;
  context.on('request', (req) => {
    const fromWorker = req.serviceWorker() !== null;
    const frameUrl = fromWorker ? extOrigin : safeFrameUrl(req);
    if (frameUrl.startsWith(extOrigin) && !req.url().startsWith(extOrigin)) extensionRequests.push(req.url());
  });
  const watch = (page: Page) => {
    page.on('pageerror', (err) => pageErrors.push(`${page.url()}: ${err.message}`));
  };
  context.on('page', watch);

  const tabIdOf = async (page: Page): Promise<number> => {
    const url = page.url();
    const id = await worker.evaluate(async (u) => {
      const api = (globalThis as unknown as { chrome: TabsApi }).chrome;
      const tabs = await api.tabs.query({});
      const matches = tabs.filter((t) => t.url === u);
      return matches.length ? Math.max(...matches.map((t) => t.id ?? -1)) : -1;
    }, url);
    if (id < 0) throw new Error(`no tab found for ${url}`);
    return id;
  };
  const open = async (url: string) => {
    const page = await context.newPage();
    await page.goto(url, { waitUntil: 'load' });
    return page;
  };
  const openExtensionPage = (path: string) => open(`${extOrigin}/${path.replace(/^\//, '')}`);
  return {
    context,
    worker,
    extensionId,
    extensionRequests,
    sentinel,
    pageErrors,
    open,
    openExtensionPage,
    openPanel: async (forPage?: Page, query = '') => {
      const tab = forPage ? `tabId=${await tabIdOf(forPage)}` : '';
      const sep = tab && query ? '&' : '';
      const page = await openExtensionPage(`sidepanel.html${tab || query ? '?' : ''}${tab}${sep}${query}`);
      return page;
    },
    tabIdOf,
    close: async () => {
      await context.close();
      await sentinel.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

function safeFrameUrl(req: { frame(): { url(): string } }): string {
  try {
    return req.frame().url();
  } catch {
    return '';
  }
}
