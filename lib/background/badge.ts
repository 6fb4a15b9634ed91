/**
 * The toolbar badge: how many claims the tab's article has, with a ✓ once it is saved; cleared on navigation.
 * It listens to the raw runtime messages (returning nothing, so it never answers them) because the typed
 * messenger allows one handler per message and tab-state.ts owns `pageAnalyzed`.
 */
import { analysedTabIds, getTabState } from '@/lib/background/tab-state';
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

function isMessage(m: unknown): m is { type: string; data: unknown } {
  return typeof m === 'object' && m !== null && typeof (m as { type?: unknown }).type === 'string';
}

/** Keeps badges in step with analyses and saves, and clears them when a tab navigates. */
export function setupBadge(): void {
  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    if (!isMessage(message)) return undefined;
    const tabId = message.type === 'saveTab' ? (message.data as number) : sender.tab?.id;
    if (tabId === undefined || !['pageAnalyzed', 'saveTab'].includes(message.type)) return undefined;
    // After the typed handler has recorded the state or finished the save.
    setTimeout(() => void refreshBadge(tabId), message.type === 'saveTab' ? 800 : 50);
    return undefined;
  });
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading' && change.url)
      void actionApi()
        .setBadgeText({ tabId, text: '' })
        .catch(() => undefined);
  });
}
