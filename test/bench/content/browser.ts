/**
 * Real Chromium with the built extension (the test copy, which may script 127.0.0.1) for the content
 * benchmark: no run starts by itself (the enabled-site registration is removed), so every page is cold until
 * the benchmark sends the message that starts an asked run (`analyzeTab`, what the panel sends).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium, type Page, type Worker } from 'playwright-core';
import type { TopicProfile } from '@/lib/types';
import { chromeDist, chromiumPath } from '../../e2e/harness/paths';

/** One browser with the extension, an extension page to send messages from, and the worker. */
export interface BenchBrowser {
  context: BrowserContext;
  worker: Worker;
  ext: Page;
  close(): Promise<void>;
}

/**
 * A followed topic every article matches (no required evidence, threshold 0), so that every asked run ends
 * with its highlights drawn: the benchmark's pages are all off the shipped topic, where a run ends with the
 * pill instead.
 */
export const EVERY_ARTICLE: TopicProfile = {
  id: 'bench-every-article',
  label: 'Every article',
  terms: [],
  actors: [],
  requireAll: [],
  threshold: 0,
};

// Main world, every page: the browser's own long-task entries, and the first frame after Parallax's mark.
const PROBE = `(() => {
  const px = { longtasks: [], mark: null, painted: null };
  window.__px = px;
  try {
    new PerformanceObserver((l) => { for (const e of l.getEntries()) px.longtasks.push([e.startTime, e.duration]); })
      .observe({ type: 'longtask', buffered: true });
  } catch {}
  new PerformanceObserver((l) => {
    for (const e of l.getEntries()) {
      if (e.name !== 'parallax-run' || px.mark !== null) continue;
      px.mark = e.startTime;
      // The frame after the mark paints the highlights; the task after that frame sees them on screen.
      requestAnimationFrame(() => setTimeout(() => { px.painted = performance.now(); }, 0));
    }
  }).observe({ type: 'mark' });
})();`;

/** Launches Chromium with .output/test/chrome-mv3; every request but 127.0.0.1's is refused. */
export async function launchBench(): Promise<BenchBrowser> {
  if (!chromiumPath) throw new Error('Chromium is not installed');
  const profile = mkdtempSync(join(tmpdir(), 'parallax-bench-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath,
    headless: true,
    viewport: { width: 1280, height: 900 },
    args: [
      `--disable-extensions-except=${chromeDist}`,
      `--load-extension=${chromeDist}`,
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  await context.route(/^https?:/, (r) =>
    new URL(r.request().url()).hostname === '127.0.0.1' ? r.continue() : r.abort(),
  );
  await context.addInitScript(PROBE);
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const id = new URL(worker.url()).host;
  const ext = await context.newPage();
  await ext.goto(`chrome-extension://${id}/options.html`);
  return {
    context,
    worker,
    ext,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Removes the enabled-site registration (the background registers it at start), so pages stay cold. */
export async function stopAutoRuns(worker: Worker): Promise<void> {
  await worker.evaluate(async () => {
    type Api = {
      scripting: {
        getRegisteredContentScripts(): Promise<{ id: string }[]>;
        unregisterContentScripts(): Promise<void>;
      };
    };
    const api = (globalThis as unknown as { chrome: Api }).chrome;
    for (let i = 0; i < 100; i++) {
      if ((await api.scripting.getRegisteredContentScripts()).length > 0) break;
      await new Promise((r) => setTimeout(r, 50));
    }
    await api.scripting.unregisterContentScripts();
  });
}

/** Adds a followed topic through the store (the extension's IndexedDB), as the options page would. */
export async function followTopic(ext: Page, topic: TopicProfile): Promise<void> {
  // A string, not a function: tsx would wrap the retry's named arrow in a helper the page does not have.
  await ext.evaluate(`new Promise((resolve, reject) => {
    const attempt = (n) => {
      const open = indexedDB.open('parallax');
      open.onerror = () => reject(open.error);
      open.onsuccess = () => {
        const db = open.result;
        if (!db.objectStoreNames.contains('topics')) {
          db.close();
          return n > 100 ? reject(new Error('no topics store')) : setTimeout(() => attempt(n + 1), 50);
        }
        const tx = db.transaction('topics', 'readwrite');
        tx.objectStore('topics').put(${JSON.stringify(topic)});
        tx.oncomplete = () => { db.close(); resolve(); };
        tx.onerror = () => reject(tx.error);
      };
    };
    attempt(0);
  })`);
}

/** A reply, with the send time and the reply's arrival (epoch ms, sub-millisecond). */
export type SendReply = { res?: unknown; err?: unknown; at: number; back: number };

/** Sends a protocol message from the extension page; resolves with the reply and the send time (epoch ms). */
export function send(ext: Page, type: string, data: unknown): Promise<SendReply> {
  return ext.evaluate(
    ({ type, data }) =>
      new Promise<SendReply>((resolve) => {
        type Api = {
          runtime: { sendMessage(m: unknown, cb: (r: unknown) => void): void; lastError?: unknown };
        };
        const api = (globalThis as unknown as { chrome: Api }).chrome;
        const at = performance.timeOrigin + performance.now();
        api.runtime.sendMessage(
          { id: Math.floor(Math.random() * 1e9), type, data, timestamp: Date.now() },
          (r) => {
            void api.runtime.lastError;
            resolve({ ...((r as object) ?? {}), at, back: performance.timeOrigin + performance.now() });
          },
        );
      }),
    { type, data },
  ) as Promise<SendReply>;
}

/** The tab id of a page, from the worker. */
export async function tabIdOf(worker: Worker, url: string): Promise<number> {
  return worker.evaluate(async (u) => {
    type Api = { tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> } };
    const tabs = await (globalThis as unknown as { chrome: Api }).chrome.tabs.query({});
    return Math.max(-1, ...tabs.filter((t) => t.url === u).map((t) => t.id ?? -1));
  }, url);
}
