/** The options page in real Chromium: renders every section, validates input, passes axe, screenshots. */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoPages } from '../../scripts/demo-site/catalog';
import { axeViolations } from '../panel/e2e-axe';
import { sendFromExtensionPage } from '../robustness/ext-messages';
import { type ChromiumSession, launchChromium } from './harness/chromium';
import { startDemo } from './harness/demo';
import { shot } from './harness/shots';

describe('options page (Chromium)', () => {
  let s: ChromiumSession;
  beforeAll(async () => {
    s = await launchChromium();
  });
  afterAll(async () => {
    await s?.close();
  });

  it('adds an actor, refuses bad input with a message, and lists granted sites', async () => {
    const page = await s.openExtensionPage('options.html');
    await page.setViewportSize({ width: 720, height: 900 });
    await page.getByRole('heading', { name: 'Followed topics' }).waitFor();
    await page.getByLabel('Name', { exact: true }).fill('x');
    await page.getByRole('button', { name: 'Add actor' }).click();
    await page.getByText(/at least 2 characters/).waitFor();
    await page.getByLabel('Name', { exact: true }).fill('Harakat Hezbollah al-Nujaba');
    await page.getByLabel('Other names, separated by commas').fill('al-Nujaba, Nujaba movement');
    await page.getByRole('button', { name: 'Add actor' }).click();
    await page.getByText(/Added “Harakat Hezbollah al-Nujaba”/).waitFor();
    expect(await page.getByText('also “al-Nujaba”, “Nujaba movement”').count()).toBe(1);
    // The test build pre-grants the loopback origin, which must show as an enabled site.
    await page.getByText('127.0.0.1').first().waitFor();
    await page.getByLabel('Site', { exact: true }).fill('not a site');
    await page.getByRole('button', { name: 'Enable on this site' }).click();
    await page.getByText(/is not a site address/).waitFor();
    await page.getByRole('button', { name: 'Delete everything…' }).click();
    await page.getByRole('button', { name: 'Yes, delete everything' }).waitFor();
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      await shot(page, `options-${scheme}`, true);
      expect(await axeViolations(page), scheme).toEqual([]);
    }
    await page.getByRole('button', { name: 'Cancel' }).click();
  });

  it('offers the site the in-page popover sent the reader from', async () => {
    const page = await s.openExtensionPage(
      `options.html?enable=${encodeURIComponent('https://news.example')}`,
    );
    await page.getByText(/let Parallax run by itself on https:\/\/news\.example/).waitFor();
    expect(await page.getByLabel('Site', { exact: true }).inputValue()).toBe('https://news.example');
  });

  it('saves on-topic articles by themselves once the built-in topic asks for it', async () => {
    const demo = await startDemo({ port: 0 });
    try {
      const options = await s.openExtensionPage('options.html');
      await options.getByRole('heading', { name: 'Followed topics' }).waitFor();
      await options.getByLabel('Save matching articles automatically').first().check();
      const article = demoPages.find((p) => p.kind === 'article');
      if (!article) throw new Error('no demo article');
      const page = await s.open(demo.url + article.path.slice(1));
      await page.waitForFunction(() => document.documentElement.dataset.parallax === 'article');
      const countReports = () =>
        options.evaluate(
          () =>
            new Promise<number>((resolve, reject) => {
              const req = indexedDB.open('parallax');
              req.onerror = () => reject(req.error);
              req.onsuccess = () => {
                const db = req.result;
                const count = db.transaction('reports').objectStore('reports').count();
                count.onsuccess = () => {
                  db.close();
                  resolve(count.result);
                };
              };
            }),
        );
      await expect.poll(countReports, { timeout: 15_000 }).toBe(1);
    } finally {
      await demo.close();
    }
  });

  it('refuses a hostile import, names a broken stored topic and keeps analysing pages', async () => {
    const demo = await startDemo({ port: 0 });
    try {
      const options = await s.openExtensionPage('options.html');
      await options.getByRole('heading', { name: 'Followed topics' }).waitFor();
      const broken = {
        id: 'broken',
        label: 'Broken topic',
        terms: [1],
        actors: [{}],
        requireAll: [[1]],
        threshold: 0.5,
      };
      const hostileFile = JSON.stringify({
        format: 'parallax-collection',
        version: 1,
        exportedAt: '',
        reports: [],
        versions: [],
        topics: [broken],
        settings: [
          { key: 'lexiconAdditions', value: 'oops' },
          { key: '__proto__', value: { x: 1 } },
        ],
      });
      const before = await rawRows(options, 'topics');
      await options.locator('input[type="file"]').setInputFiles({
        name: 'hostile.json',
        mimeType: 'application/json',
        buffer: Buffer.from(hostileFile),
      });
      await options.getByText(/Nothing was imported/).waitFor();
      expect(await rawRows(options, 'topics')).toEqual(before);
      // A broken topic and malformed additions already in the store (written before imports were checked).
      await options.evaluate((topic) => {
        return new Promise<void>((resolve, reject) => {
          const req = indexedDB.open('parallax');
          req.onerror = () => reject(req.error);
          req.onsuccess = () => {
            const tx = req.result.transaction(['topics', 'settings'], 'readwrite');
            tx.objectStore('topics').put(topic);
            tx.objectStore('settings').put({ key: 'lexiconAdditions', value: 'oops' });
            tx.oncomplete = () => {
              req.result.close();
              resolve();
            };
            tx.onerror = () => reject(tx.error);
          };
        });
      }, broken);
      await options.reload();
      await options.getByText(/Broken topic/).waitFor();
      await options.getByText(/malformed and is skipped/).waitFor();
      await options.getByText(/stored addition is malformed/).waitFor();
      await options.getByRole('heading', { name: 'Your actors' }).waitFor();
      const article = demoPages.find((p) => p.kind === 'article');
      if (!article) throw new Error('no demo article');
      const page = await s.open(demo.url + article.path.slice(1));
      await page.waitForFunction(() => document.documentElement.dataset.parallax === 'article', null, {
        timeout: 30_000,
      });
      const state = (await sendFromExtensionPage(options, 'getTabState', await s.tabIdOf(page))).res as {
        analysis: { actors: unknown[] } | null;
      } | null;
      expect(state?.analysis?.actors.length ?? 0).toBeGreaterThan(0);
      await page.close();
    } finally {
      await demo.close();
    }
  });
});

/** Every row of one store, read with the raw IndexedDB API from an extension page. */
function rawRows(page: Page, store: string): Promise<unknown[]> {
  return page.evaluate(
    (name) =>
      new Promise<unknown[]>((resolve, reject) => {
        const req = indexedDB.open('parallax');
        req.onerror = () => reject(req.error);
        req.onsuccess = () => {
          const all = req.result.transaction(name).objectStore(name).getAll();
          all.onsuccess = () => {
            req.result.close();
            resolve(all.result);
          };
        };
      }),
    store,
  );
}
