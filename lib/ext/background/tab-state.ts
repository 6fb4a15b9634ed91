import { browser } from 'wxt/browser';
import { onMessage, sendMessage } from '@/lib/ext/messages';
import type { PageState } from '@/lib/types';
import { isExtensionPage, ownTabId } from './sender';

// In-memory on purpose: page state is cheap to recompute and must not outlive the tab. A service worker
// restart loses it, and the panel then asks the content script to run again.
const tabStates = new Map<number, PageState>();
/** Tabs where the reader asked for analysis (toolbar, menu, panel) since the tab last loaded a page. */
const askedTabs = new Set<number>();
const analysedListeners: ((tabId: number, state: PageState) => void)[] = [];

/** Calls `listener` each time a tab reports a fresh analysis (the messaging library allows one handler). */
export function onPageAnalyzed(listener: (tabId: number, state: PageState) => void): void {
  analysedListeners.push(listener);
}

/** The latest analysed state of a tab, or null. */
export function getTabState(tabId: number): PageState | null {
  return tabStates.get(tabId) ?? null;
}

/** The tabs with an analysed page, e.g. to refresh their badges after the collection changes. */
export function analysedTabIds(): number[] {
  return [...tabStates.keys()];
}

/** Remembers that the reader asked for analysis on a tab, so its runs go the whole way. */
export function markAsked(tabId: number): void {
  askedTabs.add(tabId);
}

/** True when the reader asked for analysis on the tab's current page. */
export function wasAsked(tabId: number): boolean {
  return askedTabs.has(tabId);
}

/** Records a tab's state and tells any open side panel. */
export function setTabState(tabId: number, state: PageState | null): void {
  if (state) tabStates.set(tabId, state);
  else tabStates.delete(tabId);
  // No panel open is the normal case, so a missing receiver is not an error.
  void sendMessage('tabStateChanged', { tabId, state }).catch(() => undefined);
}

/** Registers the tab-state message handlers and forgets closed tabs. */
export function setupTabState(): void {
  onMessage('pageAnalyzed', ({ data, sender }) => {
    const tabId = ownTabId(sender);
    if (tabId === undefined) return;
    setTabState(tabId, data);
    for (const listener of analysedListeners) listener(tabId, data);
  });
  // Another tab's page state (its article) is for the panel, not for content scripts.
  onMessage('getTabState', ({ data, sender }) => (isExtensionPage(sender) ? getTabState(data) : null));
  browser.tabs.onRemoved.addListener((tabId) => {
    tabStates.delete(tabId);
    askedTabs.delete(tabId);
  });
  // A new page in the tab: nobody has asked about it yet.
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading' && change.url) askedTabs.delete(tabId);
  });
}
