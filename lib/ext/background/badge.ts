/**
 * The toolbar badge: how many claims the tab's article has, with a ✓ once it is saved; cleared on navigation.
 * Refreshed on events: a fresh analysis (tab-state's `onPageAnalyzed`), a save (save-page.ts) and a change to
 * the collection (collection.ts).
 */
import { browser } from 'wxt/browser';
import { analysedTabIds, getTabState, onPageAnalyzed } from '@/lib/ext/background/tab-state';
import { getDb } from '@/lib/store/db';
import type { PageState } from '@/lib/types';
import { isSavedUrl } from './page-context';

const SAVED_COLOUR = '#009E73';
const PLAIN_COLOUR = '#0072B2';

/**
 * The badge text for a page state: the claim count, "✓" appended once saved; just "✓" for a saved article
 * only topic-checked so far (its claims not read yet); empty for non-articles.
 */
export function badgeText(state: PageState | null, saved: boolean): string {
  if (!state?.analysis) return saved && state?.deferred ? '✓' : '';
  const n = state.analysis.claims.length;
  const count = n > 99 ? '99+' : String(n);
  return saved ? `${count}✓` : count;
}

function actionApi() {
  return browser.action ?? browser.browserAction;
}

/** Recomputes a tab's badge from its state and whether the article is in the collection. */
export async function refreshBadge(tabId: number): Promise<void> {
  const state = getTabState(tabId);
  const saved = state
    ? await isSavedUrl(getDb(), [state.url, state.article?.canonicalUrl ?? '']).catch(() => false)
    : false;
  const api = actionApi();
  await api.setBadgeText({ tabId, text: badgeText(state, saved) }).catch(() => undefined);
  await api
    .setBadgeBackgroundColor({ tabId, color: saved ? SAVED_COLOUR : PLAIN_COLOUR })
    .catch(() => undefined);
}

/** Recomputes every analysed tab's badge: a delete, an undo or an import can change any tab's tick. */
export async function refreshAllBadges(): Promise<void> {
  await Promise.all(analysedTabIds().map((id) => refreshBadge(id).catch(() => undefined)));
}

/** Keeps badges in step with analyses and saves, and clears them when a tab navigates. */
export function setupBadge(): void {
  onPageAnalyzed((tabId) => void refreshBadge(tabId));
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading' && change.url)
      void actionApi()
        .setBadgeText({ tabId, text: '' })
        .catch(() => undefined);
  });
}
