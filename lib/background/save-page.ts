import { getTabState } from '@/lib/background/tab-state';
import { onMessage, type PageContext } from '@/lib/messages';
import { getDb } from '@/lib/store/db';
import { saveReport } from '@/lib/store/save';
import type { Result } from '@/lib/types';
import { refreshBadge } from './badge';
import { pageContextFor } from './page-context';

/** Saves the article last analysed in a tab. */
export async function saveTabArticle(tabId: number): Promise<Result<{ id: string; created: boolean }>> {
  const state = getTabState(tabId);
  if (!state?.article || !state.analysis)
    return { ok: false, error: state?.skipped ?? 'This page has no analysed article to save.' };
  try {
    const outcome = await saveReport(getDb(), { article: state.article, analysis: state.analysis });
    void refreshBadge(tabId);
    return { ok: true, value: { id: outcome.id, created: outcome.created } };
  } catch (err) {
    return { ok: false, error: `Could not save: ${err instanceof Error ? err.message : String(err)}` };
  }
}

async function contextForTab(tabId: number | undefined): Promise<Result<PageContext>> {
  const state = tabId === undefined ? null : getTabState(tabId);
  if (!state) return { ok: false, error: 'This tab has not been analysed yet.' };
  try {
    return { ok: true, value: await pageContextFor(getDb(), state) };
  } catch (err) {
    return {
      ok: false,
      error: `Saved reports unavailable: ${err instanceof Error ? err.message : String(err)}`,
    };
  }
}

/** Answers the content script's `pageContext` and `saveThisPage` for the tab that sent them. */
export function setupPageRequests(): void {
  onMessage('pageContext', ({ sender }) => contextForTab(sender.tab?.id));
  onMessage('saveThisPage', ({ sender }) =>
    sender.tab?.id === undefined
      ? { ok: false, error: 'Only a page in a tab can be saved.' }
      : saveTabArticle(sender.tab.id),
  );
}
