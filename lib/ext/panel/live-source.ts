/**
 * Browser wiring of the panel (one of the few lib modules allowed to touch `browser`): follows the active
 * tab or a pinned one, reads its state from the background, watches the collection with Dexie liveQuery,
 * and routes writes through background messages (deletion and undo through lib/store's transactions).
 */

import { liveQuery } from 'dexie';
import { browser } from 'wxt/browser';
import { type HighlightToggles, onMessage, sendMessage } from '@/lib/ext/messages';
import { savedReportFor } from '@/lib/panel/saved-match';
import { failure, type PanelSnapshot, type PanelSource } from '@/lib/panel/source';
import { getDb } from '@/lib/store/db';
import { allNotes, saveNote } from '@/lib/store/notes';
import { getReports } from '@/lib/store/query';
import { SETTING_KEYS } from '@/lib/store/setting-keys';
import { storageUsed } from '@/lib/store/storage';
import { getVersions } from '@/lib/store/versions';
import type { PageState } from '@/lib/types';

/** A live panel source; `pinnedTabId` fixes the tab (tests, or a panel opened for one tab). */
export function createLiveSource(pinnedTabId: number | null): PanelSource {
  const db = getDb();
  let snap: PanelSnapshot = {
    tabId: pinnedTabId,
    tabState: undefined,
    reports: undefined,
    storageBytes: null,
    versions: [],
  };
  const listeners = new Set<() => void>();
  const cleanups: (() => void)[] = [];
  const set = (next: Partial<PanelSnapshot>) => {
    snap = { ...snap, ...next };
    for (const l of listeners) l();
  };
  let windowId: number | undefined;

  const refreshVersions = async () => {
    const saved = savedReportFor(snap.tabState, snap.reports);
    const rows = saved ? await getVersions(db, saved.id).catch(() => []) : [];
    const versions = rows
      .map((v) => ({
        savedAt: v.savedAt,
        summary: `${v.change.wordsAdded} words added, ${v.change.wordsRemoved} removed since`,
      }))
      .reverse();
    if (versions.length || snap.versions.length) set({ versions });
  };
  // An open panel is the reader asking: a run that stopped after the topic pre-check is finished, once per run.
  const finished = new Set<string>();
  const finishDeferred = (tabId: number, state: PageState | null) => {
    if (!state?.deferred || finished.has(`${tabId} ${state.analyzedAt}`)) return;
    finished.add(`${tabId} ${state.analyzedAt}`);
    void sendMessage('analyzeTab', tabId).catch(() => undefined);
  };
  const loadTab = async (tabId: number | null, attempt = 0): Promise<void> => {
    if (tabId === null) return void set({ tabId, tabState: null });
    if (tabId !== snap.tabId) set({ tabId, tabState: undefined, versions: [] });
    const state: PageState | null = await sendMessage('getTabState', tabId).catch(() => null);
    if (snap.tabId !== tabId) return;
    set({ tabState: state });
    finishDeferred(tabId, state);
    void refreshVersions();
    // The content script may still be analysing (or the service worker just restarted): ask again
    // a few times before settling on "hasn't run yet"; tabStateChanged usually wins this race anyway.
    if (!state && attempt < 3)
      setTimeout(() => snap.tabId === tabId && !snap.tabState && void loadTab(tabId, attempt + 1), 1500);
  };
  const followActive = async () => {
    const [tab] = await browser.tabs.query({
      active: true,
      ...(windowId ? { windowId } : { currentWindow: true }),
    });
    await loadTab(tab?.id ?? null);
  };

  if (pinnedTabId !== null) void loadTab(pinnedTabId);
  else {
    void browser.windows.getCurrent().then((w) => {
      windowId = w.id;
      void followActive();
    });
    const onActivated = (info: { tabId: number; windowId: number }) => {
      if (windowId === undefined || info.windowId === windowId) void loadTab(info.tabId);
    };
    const onFocus = () => void followActive();
    browser.tabs.onActivated.addListener(onActivated);
    browser.windows.onFocusChanged.addListener(onFocus);
    cleanups.push(() => browser.tabs.onActivated.removeListener(onActivated));
    cleanups.push(() => browser.windows.onFocusChanged.removeListener(onFocus));
  }
  // Navigation inside the followed tab: the old state is stale until the content script reports again.
  const onUpdated = (tabId: number, change: { url?: string; status?: string }) => {
    if (tabId === snap.tabId && (change.url || change.status === 'complete')) void loadTab(tabId);
  };
  browser.tabs.onUpdated.addListener(onUpdated);
  cleanups.push(() => browser.tabs.onUpdated.removeListener(onUpdated));
  cleanups.push(
    onMessage('tabStateChanged', ({ data }) => {
      if (data.tabId === snap.tabId) {
        set({ tabState: data.state });
        finishDeferred(data.tabId, data.state);
        void refreshVersions();
      }
    }),
  );

  const sub = liveQuery(async () => {
    const ids = await db.reports.orderBy('savedAt').reverse().primaryKeys();
    return getReports(db, ids as string[]);
  }).subscribe({
    next: (reports) => {
      set({ reports, error: undefined });
      void storageUsed(db).then((u) => set({ storageBytes: u.usageBytes }));
      void refreshVersions();
    },
    error: (err) => set({ reports: [], error: `Could not read your collection: ${failure(err).error}` }),
  });
  cleanups.push(() => sub.unsubscribe());
  // Notes and the highlight density are settings rows: watched apart from the reports.
  const prefs = liveQuery(async () => ({
    notes: await allNotes(db),
    highlights: (await db.settings.get(SETTING_KEYS.highlightPrefs))?.value as HighlightToggles | undefined,
  })).subscribe({
    next: ({ notes, highlights }) => set({ notes, density: highlights?.density ?? 'calm' }),
    error: () => undefined,
  });
  cleanups.push(() => prefs.unsubscribe());

  const tabId = () => snap.tabId;
  const noTab = { ok: false as const, error: 'No tab to act on: open a news article first.' };
  return {
    get: () => snap,
    subscribe(l) {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    dispose() {
      for (const c of cleanups) c();
      listeners.clear();
    },
    actions: {
      analyze: async () => {
        const id = tabId();
        return id === null ? noTab : sendMessage('analyzeTab', id).catch(failure);
      },
      save: async () => {
        const id = tabId();
        return id === null ? noTab : sendMessage('saveTab', id).catch(failure);
      },
      // Report writes go through the background, which owns them (and keeps the badge in step).
      remove: async (id) => {
        const res = await sendMessage('removeReport', id).catch(failure);
        return res.ok ? { ok: true, value: res.value.undoToken } : res;
      },
      undoRemove: async (token) => {
        const res = await sendMessage('undoDelete', token).catch(failure);
        return res.ok ? { ok: true, value: true } : res;
      },
      scrollTo: async (target) => {
        const id = tabId();
        return id === null ? noTab : sendMessage('scrollTo', target, id).catch(failure);
      },
      open: (url) => void browser.tabs.create({ url }),
      // Import/export and topic building are rare and heavy (the store's file format, the topic builder's
      // word lists), so they load on first use instead of weighing on every panel open.
      exportJson: () => import('@/lib/panel/collection-io').then((m) => m.exportCollection(db)),
      importJson: (text, onProgress) =>
        import('@/lib/panel/collection-io').then((m) => m.importCollection(db, text, onProgress)),
      exportStory: (ids, label) =>
        import('@/lib/panel/collection-io').then((m) => m.exportStoryMarkdown(db, ids, label)),
      setNote: async (reportId, target, note) => {
        try {
          await saveNote(db, reportId, target, note);
          return { ok: true, value: true };
        } catch (err) {
          return failure(err);
        }
      },
      setDensity: async (density) => {
        try {
          const key = SETTING_KEYS.highlightPrefs;
          const prev = ((await db.settings.get(key))?.value as HighlightToggles | undefined) ?? {
            enabled: true,
            categories: {},
          };
          const next = { ...prev, density };
          await db.settings.put({ key, value: next });
          const id = tabId();
          if (id !== null) await sendMessage('setHighlights', next, id).catch(() => undefined);
          return { ok: true, value: true };
        } catch (err) {
          return failure(err);
        }
      },
      follow: async (ids, withTab, label) => {
        try {
          const { topicFrom } = await import('@/lib/panel/follow');
          const topic = topicFrom(withTab ? snap.tabState : null, await getReports(db, ids), label);
          if (!topic) return { ok: false, error: 'There is no article to build a topic from.' };
          await db.topics.put(topic);
          return { ok: true, value: { topicId: topic.id } };
        } catch (err) {
          return failure(err);
        }
      },
    },
  };
}
