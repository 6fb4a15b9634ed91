import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PageState, Result } from '@/lib/types';
import { sendFromExtensionPage, type WireReply } from '../robustness/ext-messages';
import { type SyntheticSite, startSyntheticSite } from '../robustness/synthetic-site';
import { type ChromiumSession, launchChromium } from './harness/chromium';
import { unexpectedEscapes } from './harness/sentinel';

const marker = () => document.documentElement.dataset.parallax ?? null;

/** A compact view of the stored reports, read with the raw IndexedDB API from an extension page. */
interface RowView {
  id: string;
  canonicalUrl: string;
  textLength: number;
  paragraphs: number;
  claims: number;
}

function readRows(ext: Page): Promise<RowView[]> {
  return ext.evaluate(
    () =>
      new Promise<RowView[]>((resolve, reject) => {
        const open = indexedDB.open('parallax');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains('reports')) {
            db.close();
            resolve([]);
            return;
          }
          const req = db.transaction('reports').objectStore('reports').getAll();
          req.onsuccess = () => {
            const rows = req.result as {
              id: string;
              canonicalUrl: string;
              text: string;
              p: number[];
              // The store keeps claims in column layout: one array per field.
              claims: Record<string, unknown[]>;
            }[];
            db.close();
            resolve(
              rows.map((r) => ({
                id: r.id,
                canonicalUrl: r.canonicalUrl,
                textLength: r.text.length,
                paragraphs: r.p.length,
                claims: Object.values(r.claims)[0]?.length ?? 0,
              })),
            );
          };
          req.onerror = () => reject(req.error);
        };
      }),
  );
}

describe('faults in real Chromium: concurrent saves, a stopped worker, a full disk', () => {
  let site: SyntheticSite;
  let s: ChromiumSession;
  let ext: Page;

  beforeAll(async () => {
    site = await startSyntheticSite();
    s = await launchChromium();
    ext = await s.openExtensionPage('options.html');
  });
  afterAll(async () => {
    await s?.close();
    await site?.close();
  });

  async function openArticle(url: string): Promise<{ page: Page; tabId: number }> {
    const page = await s.open(url);
    await page.waitForFunction(marker, null, { timeout: 30_000 });
    expect(await page.evaluate(marker)).toBe('article');
    const tabId = await s.tabIdOf(page);
    // The save needs the page state in the background; wait until it has arrived.
    for (let i = 0; i < 100; i++) {
      const state = (await sendFromExtensionPage(ext, 'getTabState', tabId)).res as PageState | null;
      if (state?.article) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    return { page, tabId };
  }

  it('20 tabs saving at once give 20 records, none lost and none duplicated', async () => {
    const tabs: { page: Page; tabId: number }[] = [];
    for (let n = 1; n <= 20; n++) tabs.push(await openArticle(`${site.url}a/${n}`));
    const replies = await ext.evaluate(
      (ids) =>
        Promise.all(
          ids.map(
            (id, k) =>
              new Promise<unknown>((resolve) => {
                const api = (
                  globalThis as unknown as {
                    chrome: {
                      runtime: {
                        sendMessage(m: unknown, cb: (r: unknown) => void): void;
                        lastError?: { message?: string };
                      };
                    };
                  }
                ).chrome;
                api.runtime.sendMessage(
                  { id: 1000 + k, type: 'saveTab', data: id, timestamp: Date.now() },
                  (r) => resolve(api.runtime.lastError ? { runtimeError: api.runtime.lastError.message } : r),
                );
              }),
          ),
        ),
      tabs.map((t) => t.tabId),
    );
    const results = (replies as WireReply[]).map(
      (r) => r.res as Result<{ id: string; created: boolean }> | undefined,
    );
    expect(results.map((r) => r?.ok)).toEqual(Array(20).fill(true));
    const rows = await readRows(ext);
    const urls = rows.map((r) => r.canonicalUrl);
    console.log(`concurrent saves: 20 requests, ${rows.length} records, ${new Set(urls).size} distinct URLs`);
    expect(rows.length).toBe(20);
    expect(new Set(urls).size).toBe(20);
    expect(new Set(results.map((r) => (r?.ok ? r.value.id : ''))).size).toBe(20);
    for (const r of rows) expect(r.textLength).toBeGreaterThan(200);
    for (const t of tabs) await t.page.close();
  });

  it('a service worker stopped in the middle of a large save leaves the whole record or none, and a retry saves it once', async () => {
    const url = `${site.url}a/500?p=1000`;
    const { page, tabId } = await openArticle(url);
    const state = (await sendFromExtensionPage(ext, 'getTabState', tabId)).res as PageState;
    const expectedLength = state.article?.text.length ?? 0;
    expect(expectedLength).toBeGreaterThan(100_000);
    const before = (await readRows(ext)).length;

    const cdp = await s.context.newCDPSession(ext);
    const pending = sendFromExtensionPage(ext, 'saveTab', tabId);
    // Give the worker just enough time to be inside the save, then stop it.
    await new Promise((r) => setTimeout(r, 150));
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    const reply = await pending;
    const saved = (reply.res as Result<unknown> | undefined)?.ok === true;
    console.log(
      `worker stop: the save ${saved ? 'finished before the stop' : `was cut short (${reply.runtimeError ?? JSON.stringify(reply)})`}`,
    );

    const rows = (await readRows(ext)).filter((r) => r.canonicalUrl.includes('/a/500'));
    // All or nothing: a record, if any, holds the whole text, its paragraphs and its claims.
    expect(rows.length).toBeLessThanOrEqual(1);
    for (const r of rows) {
      expect(r.textLength).toBe(expectedLength);
      expect(r.paragraphs).toBeGreaterThan(600);
      expect(r.claims).toBeGreaterThan(0);
    }
    // A cut-short save is never reported as a success.
    if (!saved) expect(reply.runtimeError ?? (reply.res as Result<unknown> | undefined)?.ok).not.toBe(true);

    // Retry path: the page is analysed again (the restarted worker lost its in-memory tab state) and saved.
    await page.reload();
    const again = await openArticle(page.url());
    const retry = (await sendFromExtensionPage(ext, 'saveTab', again.tabId)).res as Result<{ id: string }>;
    expect(retry.ok).toBe(true);
    const after = (await readRows(ext)).filter((r) => r.canonicalUrl.includes('/a/500'));
    expect(after.length).toBe(1);
    expect(after[0].textLength).toBe(expectedLength);
    expect((await readRows(ext)).length).toBe(before + 1);
    await page.close();
  });

  it('a full disk (QuotaExceededError from the real IndexedDB) gives a clear message and changes nothing', async () => {
    const { page, tabId } = await openArticle(`${site.url}a/900`);
    const before = await readRows(ext);
    const worker = s.context.serviceWorkers()[0] ?? (await s.context.waitForEvent('serviceworker'));
    // The store writes through IDBObjectStore.add/put; make the real ones fail as a full disk does.
    await worker.evaluate(() => {
      const proto = IDBObjectStore.prototype as unknown as Record<string, unknown>;
      const full = () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
      proto.__origAdd = proto.add;
      proto.__origPut = proto.put;
      proto.add = full;
      proto.put = full;
    });
    let reply: WireReply;
    try {
      reply = await sendFromExtensionPage(ext, 'saveTab', tabId);
    } finally {
      await worker.evaluate(() => {
        const proto = IDBObjectStore.prototype as unknown as Record<string, unknown>;
        proto.add = proto.__origAdd;
        proto.put = proto.__origPut;
      });
    }
    const result = reply.res as Result<unknown>;
    console.log(`full disk: ${JSON.stringify(result)}`);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(/quota|full|storage|save/i);
    expect(await readRows(ext)).toEqual(before);
    await page.close();
  });

  it('sends no request off the machine', () => {
    expect(unexpectedEscapes(s.sentinel.escaped)).toEqual([]);
    expect(s.extensionRequests).toEqual([]);
  });
});
