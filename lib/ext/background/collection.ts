/**
 * Background wiring of the collection: the background owns every write. Saves are bracketed by a pending
 * marker in extension storage, so a save cut short by a service-worker restart is retried or reported.
 */
import { browser } from 'wxt/browser';
import { getTabState, onPageAnalyzed } from '@/lib/ext/background/tab-state';
import { onMessage, sendMessage } from '@/lib/ext/messages';
import { readPendingSaves } from '@/lib/schema/read-settings';
import { getDb, type ParallaxDB } from '@/lib/store/db';
import { deleteReport, undoDelete } from '@/lib/store/delete';
import { importCollection } from '@/lib/store/import';
import { type SaveOutcome, saveReport } from '@/lib/store/save';
import { toStoreFailure } from '@/lib/store/storage';
import type { PageState, PendingSave, Result } from '@/lib/types';
import { refreshAllBadges } from './badge';
import { injectInto } from './injection';
import { EXTENSION_PAGES_ONLY, isExtensionPage } from './sender';

/** Where pending-save markers live; injectable for tests. */
export interface MarkerStore {
  get(): Promise<PendingSave[]>;
  set(list: PendingSave[]): Promise<void>;
}

const MARKER_KEY = 'parallax:pendingSaves';
/** The settings row the panel reads (liveQuery) to show saves that were interrupted and not retried. */
export const INTERRUPTED_SETTING = 'pendingSaves';

/** Markers in `browser.storage.session` (survives a worker restart, not a browser restart), else local. */
export function browserMarkerStore(): MarkerStore {
  const area = browser.storage.session ?? browser.storage.local;
  return {
    get: async () => ((await area.get(MARKER_KEY))[MARKER_KEY] as PendingSave[] | undefined) ?? [],
    set: (list) => area.set({ [MARKER_KEY]: list }),
  };
}

// One chain per store: every read-modify-write of the marker list waits for the previous one, so two
// saves at once cannot each write a list that lacks the other's marker.
const markerLocks = new WeakMap<MarkerStore, Promise<unknown>>();

/** Changes the marker list under the store's lock. */
export function updateMarkers(
  markers: MarkerStore,
  change: (list: PendingSave[]) => PendingSave[],
): Promise<void> {
  const run = (markerLocks.get(markers) ?? Promise.resolve()).then(async () =>
    markers.set(change(await markers.get())),
  );
  markerLocks.set(
    markers,
    run.catch(() => undefined),
  );
  return run;
}

async function interrupted(db: ParallaxDB): Promise<PendingSave[]> {
  return readPendingSaves((await db.settings.get(INTERRUPTED_SETTING))?.value);
}

async function forgetInterrupted(db: ParallaxDB, url: string): Promise<void> {
  const list = await interrupted(db);
  if (list.some((p) => p.url === url)) {
    await db.settings.put({ key: INTERRUPTED_SETTING, value: list.filter((p) => p.url !== url) });
  }
}

/** Saves a tab's analysed article, marking the save as pending until its transaction has settled. */
export async function saveTab(
  db: ParallaxDB,
  tabId: number,
  markers: MarkerStore,
): Promise<Result<SaveOutcome>> {
  const state = getTabState(tabId);
  if (!state?.article || !state.analysis) {
    return { ok: false, error: state?.skipped ?? 'This page has no analysed article to save yet.' };
  }
  const marker: PendingSave = {
    tabId,
    url: state.article.canonicalUrl || state.article.url,
    title: state.article.title,
    startedAt: new Date().toISOString(),
  };
  await updateMarkers(markers, (list) => [...list.filter((m) => m.url !== marker.url), marker]);
  try {
    const outcome = await saveReport(db, { article: state.article, analysis: state.analysis });
    await forgetInterrupted(db, marker.url);
    return { ok: true, value: outcome };
  } catch (err) {
    return toStoreFailure(err);
  } finally {
    await updateMarkers(markers, (list) =>
      list.filter((m) => m.url !== marker.url || m.startedAt !== marker.startedAt),
    );
  }
}

const articleUrl = (state: PageState | null) =>
  state?.article ? state.article.canonicalUrl || state.article.url : null;

/**
 * On start-up: markers left behind belong to saves a worker restart cut short. Each is retried when its tab
 * still has the article; the rest are listed in the `pendingSaves` setting for the panel to report, and
 * their tabs are asked to analyse again (`reanalyse`): a restart empties the worker's memory of tab states,
 * so the retry happens when the tab reports the same article again (`resumeInterrupted`).
 */
export async function recoverInterruptedSaves(
  db: ParallaxDB,
  markers: MarkerStore,
  reanalyse: (tabId: number) => Promise<unknown> = async () => undefined,
): Promise<PendingSave[]> {
  let left: PendingSave[] = [];
  await updateMarkers(markers, (list) => {
    left = readPendingSaves(list);
    return [];
  });
  if (left.length === 0) return interrupted(db);
  const unresolved: PendingSave[] = [];
  for (const m of left) {
    const sameArticle = articleUrl(getTabState(m.tabId)) === m.url;
    const retried = sameArticle ? await saveTab(db, m.tabId, markers) : null;
    if (!retried?.ok) unresolved.push(m);
  }
  for (const tabId of new Set(unresolved.map((m) => m.tabId))) await reanalyse(tabId).catch(() => undefined);
  const known = (await interrupted(db)).filter((p) => !unresolved.some((u) => u.url === p.url));
  const list = [...known, ...unresolved];
  await db.settings.put({ key: INTERRUPTED_SETTING, value: list });
  return list;
}

/** A tab reported a page: an interrupted save of that same article in that tab is retried now. */
export async function resumeInterrupted(
  db: ParallaxDB,
  markers: MarkerStore,
  tabId: number,
  state: PageState,
): Promise<void> {
  const url = articleUrl(state);
  if (!url || !state.analysis) return;
  const waiting = (await interrupted(db)).some((p) => p.tabId === tabId && p.url === url);
  if (waiting) await saveTab(db, tabId, markers);
}

/**
 * Registers the collection's message handlers and recovers saves interrupted by a restart. `saveTab` is
 * answered in save-page.ts (it also refreshes the badge) through `saveTab()` here.
 */
export function setupCollection(
  db: ParallaxDB = getDb(),
  markers: MarkerStore = browserMarkerStore(),
  reanalyse: (tabId: number) => Promise<unknown> = injectInto,
): void {
  onPageAnalyzed((tabId, state) => void resumeInterrupted(db, markers, tabId, state).catch(() => undefined));
  const refused = { ok: false as const, error: EXTENSION_PAGES_ONLY };
  onMessage('removeReport', async ({ data, sender }) => {
    if (!isExtensionPage(sender)) return refused;
    try {
      const undoToken = await deleteReport(db, data);
      void refreshAllBadges();
      return { ok: true, value: { undoToken } };
    } catch (err) {
      return toStoreFailure(err, 'Deleting');
    }
  });
  onMessage('undoDelete', async ({ data, sender }) => {
    if (!isExtensionPage(sender)) return refused;
    try {
      const value = await undoDelete(db, data);
      void refreshAllBadges();
      return { ok: true, value };
    } catch (err) {
      return toStoreFailure(err, 'Undo');
    }
  });
  onMessage('importCollection', async ({ data, sender }) => {
    if (!isExtensionPage(sender)) return refused;
    const result = await importCollection(db, data, {
      // No page listening is normal; progress is best-effort.
      onProgress: (p) => void sendMessage('importProgress', p).catch(() => undefined),
    });
    void refreshAllBadges();
    return result;
  });
  onMessage('getPendingSaves', ({ sender }) => (isExtensionPage(sender) ? interrupted(db) : []));
  void recoverInterruptedSaves(db, markers, reanalyse).catch(() => undefined);
}
