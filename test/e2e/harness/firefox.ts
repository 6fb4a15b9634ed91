import { randomUUID } from 'node:crypto';
import { type Browser, launch, type Page } from 'puppeteer-core';
import { firefoxDist, firefoxPath } from './paths';
import { type Sentinel, startSentinel } from './sentinel';
import type { TabsApi } from './tabs-api';

/** The add-on id declared in wxt.config.ts. */
export const GECKO_ID = 'parallax@parallax.invalid';

/** A real Firefox with the built extension installed as a temporary add-on. */
export interface FirefoxSession {
  browser: Browser;
  uuid: string;
  extensionOrigin: string;
  sentinel: Sentinel;
  pageErrors: string[];
  open(url: string): Promise<Page>;
  /** Opens an extension page; `via` is any loopback page the navigation starts from. */
  openExtensionPage(path: string, via: string): Promise<Page>;
  openPanel(forPage: Page, via: string, query?: string): Promise<Page>;
  tabIdOf(page: Page, via: string): Promise<number>;
  close(): Promise<void>;
}

/** Launches Firefox ESR with .output/firefox-mv2 installed and all non-loopback traffic sent to a sentinel. */
export async function launchFirefox(
  options: { prefs?: Record<string, unknown> } = {},
): Promise<FirefoxSession> {
  if (!firefoxPath) throw new Error('Firefox is not installed (apt-get install firefox-esr)');
  const sentinel = await startSentinel();
  const uuid = randomUUID();
  const browser = await launch({
    browser: 'firefox',
    executablePath: firefoxPath,
    headless: true,
    defaultViewport: { width: 1280, height: 900 },
    extraPrefsFirefox: {
      ...options.prefs,
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: uuid }),
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': sentinel.port,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': sentinel.port,
      'network.proxy.share_proxy_settings': true,
      'network.proxy.no_proxies_on': '',
      'network.proxy.allow_hijacking_localhost': false,
      // Firefox's own background services would otherwise reach the sentinel and hide what we look for.
      'services.settings.server': 'http://127.0.0.1:9/v1',
      'network.captive-portal-service.enabled': false,
      'network.connectivity-service.enabled': false,
      'browser.safebrowsing.malware.enabled': false,
      'browser.safebrowsing.phishing.enabled': false,
      'browser.safebrowsing.downloads.enabled': false,
      'extensions.getAddons.cache.enabled': false,
      'extensions.update.enabled': false,
      'extensions.blocklist.enabled': false,
      'app.update.enabled': false,
      'media.gmp-manager.url': 'http://127.0.0.1:9/gmp',
      'toolkit.telemetry.enabled': false,
      'datareporting.healthreport.uploadEnabled': false,
    },
  });
  await browser.installExtension(firefoxDist);
  const extensionOrigin = `moz-extension://${uuid}`;
  const pageErrors: string[] = [];
  const open = async (url: string) => {
    const page = await browser.newPage();
    page.on('pageerror', (err) => pageErrors.push(`${page.url()}: ${String(err)}`));
    await page.goto(url, { waitUntil: 'load' });
    return page;
  };
  const openExtensionPage = async (path: string, via: string) => {
    const page = await open(via);
    const target = `${extensionOrigin}/${path.replace(/^\//, '')}`;
    await page.evaluate((t) => {
      window.location.href = t;
    }, target);
    // Puppeteer does not follow this cross-process navigation (page.url() keeps the old address), but
    // evaluation lands in the new document, so poll until the extension page has loaded.
    const deadline = Date.now() + 15_000;
    for (;;) {
      const state = await page
        .evaluate(() => `${window.location.protocol}|${document.readyState}`)
        .catch(() => 'navigating|');
      if (state === 'moz-extension:|complete') return page;
      if (Date.now() > deadline) throw new Error(`extension page ${path} did not load (${state})`);
      await new Promise((r) => setTimeout(r, 100));
    }
  };
  const tabIdOf = async (page: Page, via: string): Promise<number> => {
    const probe = await openExtensionPage('sidepanel.html?probe=1', via);
    const url = page.url();
    const id = await probe.evaluate(async (u) => {
      const api = (globalThis as unknown as { browser: TabsApi }).browser;
      const tabs = await api.tabs.query({});
      const matches = tabs.filter((t) => t.url === u);
      return matches.length ? Math.max(...matches.map((t) => t.id ?? -1)) : -1;
    }, url);
    await probe.close();
    if (id < 0) throw new Error(`no tab found for ${url}`);
    return id;
  };
  return {
    browser,
    uuid,
    extensionOrigin,
    sentinel,
    pageErrors,
    open,
    openExtensionPage,
    tabIdOf,
    openPanel: async (forPage, via, query = '') => {
      const tabId = await tabIdOf(forPage, via);
      return openExtensionPage(`sidepanel.html?tabId=${tabId}${query ? `&${query}` : ''}`, via);
    },
    close: async () => {
      await browser.close();
      await sentinel.close();
    },
  };
}
