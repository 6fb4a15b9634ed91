/**
 * The background answers collection-changing and cross-tab messages only from the extension's own pages; a
 * content script speaks only for its own tab. Messages go through the real @webext-core/messaging wiring.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { setupCollection } from '@/lib/ext/background/collection';
import { setupPageRequests } from '@/lib/ext/background/save-page';
import { setTabState, setupTabState } from '@/lib/ext/background/tab-state';
import { sendMessage } from '@/lib/ext/messages';
import type { ParallaxDB } from '@/lib/store/db';
import type { PageState } from '@/lib/types';
import { analyseFixture, makeArticle } from '../fixtures/store/make-articles';
import { freshDb, save } from '../store/helpers';

type Listener = (msg: unknown, sender: object, reply: (r: unknown) => void) => boolean;
const listeners: Listener[] = [];
let sender: object = {};
const runtime = {
  lastError: undefined as { message: string } | undefined,
  onMessage: { addListener: (l: Listener) => listeners.push(l), removeListener: () => undefined },
  sendMessage(msg: unknown, cb: (r: unknown) => void) {
    for (const l of listeners) if (l(msg, sender, cb)) return;
    cb(undefined);
  },
};

const EXT = 'chrome-extension://test-extension-id/';
const fromPanel = { url: `${EXT}sidepanel.html` };
const fromOptionsTab = { tab: { id: 9 }, url: `${EXT}options.html` };
const fromPage = (tabId: number) => ({ tab: { id: tabId }, url: 'https://evil.example/a', frameId: 0 });

function stateFor(i: number): PageState {
  const article = makeArticle(i);
  return {
    url: article.url,
    detection: { isArticle: true, confidence: 0.9, signals: [] },
    article,
    analysis: analyseFixture(article),
    orphans: [],
    analyzedAt: '2024-01-01T00:00:00.000Z',
  };
}

let db: ParallaxDB;
let savedId: string;
beforeAll(async () => {
  vi.stubGlobal('chrome', { runtime });
  db = freshDb();
  savedId = (await save(db, makeArticle(1))).id;
  setupTabState();
  setupPageRequests(db);
  setupCollection(db, { get: async () => [], set: async () => undefined });
});
afterAll(() => vi.unstubAllGlobals());
beforeEach(() => {
  sender = {};
});

describe('who may ask the background what', () => {
  it('refuses delete, undo, import and pending-save reads from a content script', async () => {
    sender = fromPage(4);
    expect(await sendMessage('removeReport', savedId)).toMatchObject({ ok: false });
    expect(await db.reports.count()).toBe(1);
    expect(await sendMessage('undoDelete', 'any')).toMatchObject({ ok: false });
    const file = JSON.stringify({
      format: 'parallax-collection',
      version: 1,
      reports: [],
      versions: [],
      topics: [],
      settings: [],
    });
    expect(await sendMessage('importCollection', file)).toMatchObject({
      ok: false,
      error: /Parallax's own pages/,
    });
    expect(await sendMessage('getPendingSaves', {})).toEqual([]);
  });

  it('refuses saving or reading another tab from a content script; its own tab is fine', async () => {
    setTabState(5, stateFor(5));
    setTabState(6, stateFor(6));
    sender = fromPage(6);
    expect(await sendMessage('saveTab', 5)).toMatchObject({ ok: false });
    expect(await sendMessage('getTabState', 5)).toBeNull();
    expect(await db.reports.count()).toBe(1);
    expect(await sendMessage('saveThisPage', {})).toMatchObject({ ok: true });
    expect(await db.reports.count()).toBe(2);
  });

  it('answers the side panel and an options page open in a tab', async () => {
    setTabState(7, stateFor(7));
    sender = fromPanel;
    expect(await sendMessage('getTabState', 7)).toMatchObject({ url: stateFor(7).url });
    expect(await sendMessage('saveTab', 7)).toMatchObject({ ok: true });
    sender = fromOptionsTab;
    expect(await sendMessage('removeReport', savedId)).toMatchObject({ ok: true });
  });

  it('ignores a page state from a subframe', async () => {
    sender = { ...fromPage(8), frameId: 3 };
    await sendMessage('pageAnalyzed', stateFor(8)).catch(() => undefined);
    sender = fromPanel;
    expect(await sendMessage('getTabState', 8)).toBeNull();
  });
});
