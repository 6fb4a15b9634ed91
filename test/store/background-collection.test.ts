import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  browserMarkerStore,
  INTERRUPTED_SETTING,
  type MarkerStore,
  recoverInterruptedSaves,
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
});
