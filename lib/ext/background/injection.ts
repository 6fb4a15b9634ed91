/**
 * When the content script runs. The manifest grants no broad host access: the script is injected on the
 * toolbar button / context menu (activeTab) and registered at run time for sites the reader enabled.
 *
 * Enabling a site: an extension page (options or panel) calls
 * `browser.permissions.request({ origins: ['https://example.com/*'] })` inside a click handler (a user gesture
 * is required, so the background cannot do it). The background only reacts, through `permissions.onAdded`.
 */
import { browser } from 'wxt/browser';
import { type HighlightToggles, onMessage, sendMessage } from '@/lib/ext/messages';
import type { Result } from '@/lib/types';
import { EXTENSION_PAGES_ONLY, isExtensionPage } from './sender';
import { getTabState, markAsked } from './tab-state';

/** The built content script, as `scripting.executeScript` and `registerContentScripts` name it. */
export const CONTENT_SCRIPT_FILE = '/content-scripts/content.js';
/** Id of the run-time registration for enabled sites. */
export const AUTO_SCRIPT_ID = 'parallax-auto';
/** Id of the context-menu item. */
export const MENU_ID = 'parallax-analyse';

interface FirefoxExtras {
  sidebarAction?: { open(): Promise<void> };
  contentScripts?: {
    register(o: {
      matches: string[];
      js: { file: string }[];
      runAt: string;
    }): Promise<{ unregister(): void }>;
  };
}
const extras = browser as unknown as FirefoxExtras;
let legacyRegistration: { unregister(): void } | null = null;

/** Injects the content script into a tab now. A second injection replaces the first (WXT stops the old one). */
export async function injectInto(tabId: number): Promise<Result<true>> {
  try {
    if (browser.scripting)
      await browser.scripting.executeScript({ target: { tabId }, files: [CONTENT_SCRIPT_FILE] });
    else await browser.tabs.executeScript(tabId, { file: CONTENT_SCRIPT_FILE });
    return { ok: true, value: true };
  } catch (err) {
    const why = err instanceof Error ? err.message : String(err);
    return { ok: false, error: `Parallax cannot run on this page: ${why}` };
  }
}

/** Opens the side panel (Chrome) or sidebar (Firefox). Must run synchronously inside the click handler. */
export function openPanel(tabId: number | undefined): void {
  if (extras.sidebarAction) {
    void extras.sidebarAction.open().catch(() => undefined);
  } else if (browser.sidePanel && tabId !== undefined) {
    void browser.sidePanel.open({ tabId }).catch(() => undefined);
  }
}

/** The host patterns the reader granted (optional permissions, or the test build's pre-grant). */
export async function grantedOrigins(): Promise<string[]> {
  const { origins = [] } = await browser.permissions.getAll();
  return origins.filter((o) => /^(https?|\*):\/\//.test(o));
}

/** Makes the run-time content-script registration match the granted origins. */
export async function syncRegistration(): Promise<string[]> {
  const matches = await grantedOrigins();
  if (browser.scripting?.registerContentScripts) {
    const existing = await browser.scripting.getRegisteredContentScripts({ ids: [AUTO_SCRIPT_ID] });
    if (existing.length) await browser.scripting.unregisterContentScripts({ ids: [AUTO_SCRIPT_ID] });
    if (matches.length)
      await browser.scripting.registerContentScripts([
        {
          id: AUTO_SCRIPT_ID,
          matches,
          js: [CONTENT_SCRIPT_FILE],
          runAt: 'document_idle',
          persistAcrossSessions: false,
        },
      ]);
  } else if (extras.contentScripts) {
    // Firefox before scripting.registerContentScripts reached MV2.
    legacyRegistration?.unregister();
    legacyRegistration = matches.length
      ? await extras.contentScripts.register({
          matches,
          js: [{ file: CONTENT_SCRIPT_FILE }],
          runAt: 'document_idle',
        })
      : null;
  }
  return matches;
}

function analyseFromGesture(tab: { id?: number } | undefined): void {
  openPanel(tab?.id);
  if (tab?.id === undefined) return;
  markAsked(tab.id);
  void injectInto(tab.id);
}

/**
 * The panel's request to analyse a tab: a run that stopped after the topic pre-check is finished in place
 * (its article is already extracted); otherwise, or if that fails, the content script is injected afresh.
 */
export async function analyseTab(tabId: number): Promise<Result<true>> {
  markAsked(tabId);
  if (getTabState(tabId)?.deferred) {
    const reply = await sendMessage('analyseFully', {}, tabId).catch(() => null);
    if (reply?.ok) return reply;
  }
  return injectInto(tabId);
}

/** Sends the toggle-highlights command to the active tab's content script. */
export async function toggleActiveTab(): Promise<Result<HighlightToggles>> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined) return { ok: false, error: 'No active tab.' };
  return sendMessage('toggleHighlights', {}, tab.id).catch(() => ({
    ok: false as const,
    error: 'Parallax has not run on this page yet: click the toolbar button first.',
  }));
}

/** Wires the toolbar button, context menu, command, enabled-site registration and `analyzeTab`. */
export function setupInjection(): void {
  const action = browser.action ?? browser.browserAction;
  action.onClicked.addListener((tab) => analyseFromGesture(tab));
  browser.runtime.onInstalled.addListener(() => {
    void browser.contextMenus.removeAll().then(() =>
      browser.contextMenus.create({
        id: MENU_ID,
        title: 'Analyse this article with Parallax',
        contexts: ['page'],
      }),
    );
  });
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId === MENU_ID) analyseFromGesture(tab);
  });
  browser.commands.onCommand.addListener((command) => {
    if (command === 'toggle-highlights') void toggleActiveTab();
  });
  browser.permissions.onAdded.addListener(() => void syncRegistration().catch(() => undefined));
  browser.permissions.onRemoved.addListener(() => void syncRegistration().catch(() => undefined));
  onMessage('analyzeTab', ({ data, sender }) =>
    isExtensionPage(sender) ? analyseTab(data) : { ok: false, error: EXTENSION_PAGES_ONLY },
  );
  // Granting a site needs a click in an extension page, so the popover sends the reader to the options page.
  onMessage('openSiteSettings', async ({ sender }) => {
    const url = sender.tab?.url ?? sender.url ?? '';
    if (!/^https?:\/\//.test(url)) return { ok: false, error: 'Only web pages can be enabled.' };
    const origin = new URL(url).origin;
    await browser.tabs.create({
      url: `${browser.runtime.getURL('/options.html')}?enable=${encodeURIComponent(origin)}`,
    });
    return { ok: true, value: true };
  });
  void syncRegistration().catch(() => undefined);
}
