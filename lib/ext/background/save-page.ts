import { getTabState, onPageAnalyzed } from '@/lib/ext/background/tab-state';
import { onMessage, type PageContext } from '@/lib/ext/messages';
import { originGranted } from '@/lib/panel/options-model';
import { getDb, type ParallaxDB } from '@/lib/store/db';
import { isReportNotes, notesKey } from '@/lib/store/notes';
import type { Result } from '@/lib/types';
import { autoSaveTopics } from './auto-save';
import { refreshBadge } from './badge';
import { browserMarkerStore, saveTab } from './collection';
import { grantedOrigins } from './injection';
import { pageContextFor } from './page-context';
import { EXTENSION_PAGES_ONLY, isExtensionPage, ownTabId } from './sender';

/**
 * Saves the article last analysed in a tab: the one save path for the panel and the popover, bracketed by
 * the pending-save marker so a worker restart mid-save is retried or reported.
 */
export async function saveTabArticle(
  tabId: number,
  db: ParallaxDB = getDb(),
): Promise<Result<{ id: string; created: boolean }>> {
  const result = await saveTab(db, tabId, browserMarkerStore());
  if (result.ok) void refreshBadge(tabId);
  return result;
}

async function contextForTab(db: ParallaxDB, tabId: number | undefined): Promise<Result<PageContext>> {
  const state = tabId === undefined ? null : getTabState(tabId);
  if (!state) return { ok: false, error: 'This tab has not been analysed yet.' };
  try {
    const [context, granted] = await Promise.all([
      pageContextFor(db, state),
      grantedOrigins().catch(() => []),
    ]);
    const row = state.article
      ? await db.reports.where('canonicalUrl').equals(state.article.canonicalUrl).first()
      : undefined;
    const notes = row ? await db.settings.get(notesKey(row.id)) : undefined;
    return {
      ok: true,
      value: {
        ...context,
        siteEnabled: originGranted(state.url, granted),
        notes: isReportNotes(notes?.value) ? notes.value : null,
      },
    };
  } catch (err) {
    return {
      ok: false,
      error: `Saved reports unavailable: ${err instanceof Error ? err.message : String(err)}`,
    };
  }
}

/** Answers `pageContext` and `saveThisPage` from the content script, and `saveTab` from the panel. */
export function setupPageRequests(db: ParallaxDB = getDb()): void {
  // Followed topics marked "save automatically" save matching pages as soon as they are analysed.
  onPageAnalyzed((tabId, state) => {
    void db.topics
      .toArray()
      .then((topics) => (autoSaveTopics(state, topics).length ? saveTabArticle(tabId, db) : null))
      .catch(() => undefined);
  });
  // Saving a tab by its id is the panel's; a page's content script saves only its own tab (saveThisPage).
  onMessage('saveTab', ({ data, sender }) =>
    isExtensionPage(sender) ? saveTabArticle(data, db) : { ok: false, error: EXTENSION_PAGES_ONLY },
  );
  onMessage('pageContext', ({ sender }) => contextForTab(db, ownTabId(sender)));
  onMessage('saveThisPage', ({ sender }) => {
    const tabId = ownTabId(sender);
    return tabId === undefined
      ? { ok: false, error: 'Only a page in a tab can be saved.' }
      : saveTabArticle(tabId, db);
  });
}
