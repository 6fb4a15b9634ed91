import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  browserMarkerStore,
  INTERRUPTED_SETTING,
  type MarkerStore,
  recoverInterruptedSaves,
  resumeInterrupted,
  saveTab,
} from '@/lib/ext/background/collection';
import { setTabState } from '@/lib/ext/background/tab-state';
import { QUOTA_MESSAGE } from '@/lib/store/storage';
import type { PageState, PendingSave } from '@/lib/types';
import { analyseFixture, makeArticle } from '../fixtures/store/make-articles';
import { freshDb } from './helpers';

function stateFor(i: number): PageState {
  const article = makeArticle(i);
  return {
    url: article.url,
    detection: { isArticle: true, confidence: 0.9, signals: ['test'] },
    article,
    analysis: analyseFixture(article),
    orphans: [],
    analyzedAt: '2024-01-01T00:00:00.000Z',
  };
}

/** A marker store that also records every list written, to see the marker while the save runs. */
function recording(): MarkerStore & { writes: PendingSave[][] } {
  const inner = browserMarkerStore();
  const writes: PendingSave[][] = [];
  const set = async (l: PendingSave[]) => {
    writes.push(l);
    await inner.set(l);
  };
  return { writes, get: inner.get, set };
}

describe('background collection', () => {
  beforeEach(() => fakeBrowser.reset());

  it('saves a tab’s article with a pending marker that is cleared afterwards', async () => {
    const db = freshDb();
    setTabState(1, stateFor(1));
    const markers = recording();
    const r = await saveTab(db, 1, markers);
    expect(r).toMatchObject({ ok: true, value: { created: true } });
    expect(markers.writes[0]).toHaveLength(1);
    expect(await markers.get()).toEqual([]);
    expect(await db.reports.count()).toBe(1);
  });

  it('explains why a tab without an article cannot be saved', async () => {
    const r = await saveTab(freshDb(), 404, browserMarkerStore());
    expect(r).toEqual({ ok: false, error: 'This page has no analysed article to save yet.' });
  });

  it('turns a full quota into the clear message and clears the marker', async () => {
    const db = freshDb();
    db.use({
      stack: 'dbcore',
      name: 'full',
      create: (down) => ({
        ...down,
        table: (n) => ({
          ...down.table(n),
          mutate: () => Promise.reject(Object.assign(new Error('full'), { name: 'QuotaExceededError' })),
        }),
      }),
    });
    setTabState(2, stateFor(2));
    const markers = browserMarkerStore();
    expect(await saveTab(db, 2, markers)).toEqual({ ok: false, error: QUOTA_MESSAGE });
    expect(await markers.get()).toEqual([]);
  });

  it('retries an interrupted save when the tab still has the article, and reports the others', async () => {
    const db = freshDb();
    setTabState(3, stateFor(3));
    const markers = browserMarkerStore();
    const lost: PendingSave = {
      tabId: 99,
      url: 'https://gone.example/a',
      title: 'Gone',
      startedAt: '2024-01-01T00:00:00.000Z',
    };
    const art = stateFor(3).article!;
    await markers.set([
      { tabId: 3, url: art.canonicalUrl, title: art.title, startedAt: '2024-01-01T00:00:00.000Z' },
      lost,
    ]);
    const unresolved = await recoverInterruptedSaves(db, markers);
    expect(unresolved).toEqual([lost]);
    expect(await db.reports.where('canonicalUrl').equals(art.canonicalUrl).count()).toBe(1);
    expect((await db.settings.get(INTERRUPTED_SETTING))?.value).toEqual([lost]);
    expect(await markers.get()).toEqual([]);
  });

  it('keeps every marker while concurrent saves run (no lost update)', async () => {
    const db = freshDb();
    for (const t of [11, 12, 13]) setTabState(t, stateFor(t));
    // A store whose reads and writes take a moment, as browser.storage does.
    let list: PendingSave[] = [];
    const most: number[] = [];
    const tick = () => new Promise((r) => setTimeout(r, 2));
    const slow: MarkerStore = {
      get: async () => {
        await tick();
        return list;
      },
      set: async (l) => {
        await tick();
        list = l;
        most.push(l.length);
      },
    };
    const results = await Promise.all([11, 12, 13].map((t) => saveTab(db, t, slow)));
    expect(results.every((r) => r.ok)).toBe(true);
    expect(Math.max(...most)).toBe(3);
    expect(list).toEqual([]);
  });

  it('after a restart, retries a save once its tab reports the same article again', async () => {
    const db = freshDb();
    const markers = browserMarkerStore();
    const state = stateFor(21);
    const art = state.article!;
    const marker = {
      tabId: 21,
      url: art.canonicalUrl,
      title: art.title,
      startedAt: '2024-01-01T00:00:00.000Z',
    };
    await markers.set([marker]);
    // The worker restarted: no tab state in memory. The save is reported, and the tab is asked again.
    const asked: number[] = [];
    const reported = await recoverInterruptedSaves(db, markers, async (id) => void asked.push(id));
    expect(reported).toEqual([marker]);
    expect(asked).toEqual([21]);
    // Another article in that tab: still reported, nothing saved.
    await resumeInterrupted(db, markers, 21, stateFor(22));
    expect(await db.reports.count()).toBe(0);
    // The same article again: saved, and no longer reported.
    setTabState(21, state);
    await resumeInterrupted(db, markers, 21, state);
    expect(await db.reports.where('canonicalUrl').equals(art.canonicalUrl).count()).toBe(1);
    expect((await db.settings.get(INTERRUPTED_SETTING))?.value).toEqual([]);
  });
});
