/**
 * Hostile pages against the collection and the popover, in real Chromium: a page that names another site's
 * saved article as its canonical address cannot overwrite it; a page that restyles the overlay host and fires
 * synthetic shortcut keys and mouse moves neither opens nor hides the popover.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ReportRow } from '../../lib/store/rows';
import type { PageState, Result } from '../../lib/types';
import { CLAIMED_CANONICAL } from '../../scripts/demo-site/hostile-traps';
import { sendFromExtensionPage } from '../robustness/ext-messages';
import { type ChromiumSession, launchChromium } from './harness/chromium';
import { startDemo } from './harness/demo';

const marker = () => document.documentElement.dataset.parallax ?? null;

function readRawRows(ext: Page): Promise<ReportRow[]> {
  return ext.evaluate(
    () =>
      new Promise<ReportRow[]>((resolve, reject) => {
        const open = indexedDB.open('parallax');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const req = open.result.transaction('reports').objectStore('reports').getAll();
          req.onsuccess = () => {
            open.result.close();
            resolve(req.result as ReportRow[]);
          };
          req.onerror = () => reject(req.error);
        };
      }),
  );
}

const VICTIM_TEXT =
  'A drone struck a garrison used by US forces in southern Syria on Tuesday, officials said.\n\nThe Pentagon said two service members were slightly hurt.';
const victimFile = JSON.stringify({
  format: 'parallax-collection',
  version: 1,
  exportedAt: '2024-02-01T00:00:00.000Z',
  reports: [
    {
      id: 'r-wirepost-victim',
      canonicalUrl: CLAIMED_CANONICAL,
      urls: [CLAIMED_CANONICAL],
      outlet: 'Wirepost',
      title: 'Drone strikes garrison in southern Syria',
      byline: null,
      publishedTime: '2024-01-30T10:00:00.000Z',
      savedAt: '2024-01-30T11:00:00.000Z',
      updatedAt: '2024-01-30T11:00:00.000Z',
      lang: 'en',
      text: VICTIM_TEXT,
      paragraphs: [
        { start: 0, end: 89 },
        { start: 91, end: VICTIM_TEXT.length },
      ],
      fingerprint: [],
      topics: [],
      actors: [],
      claims: [],
      versionCount: 0,
    },
  ],
  versions: [],
  topics: [],
  settings: [],
});

describe('hostile pages against the collection and the popover (Chromium)', () => {
  let demo: Awaited<ReturnType<typeof startDemo>>;
  let s: ChromiumSession;
  let ext: Page;

  beforeAll(async () => {
    demo = await startDemo({ port: 0 });
    s = await launchChromium();
    ext = await s.openExtensionPage('options.html');
  });
  afterAll(async () => {
    await s?.close();
    await demo?.close();
  });

  it('a page claiming another site’s canonical address is saved as its own report', async () => {
    const imported = (await sendFromExtensionPage(ext, 'importCollection', victimFile))
      .res as Result<unknown>;
    expect(imported).toMatchObject({ ok: true });
    const [victim] = await readRawRows(ext);
    const page = await s.open(`${demo.url}hostile/claims-canonical.html`);
    await page.waitForFunction(marker, null, { timeout: 30_000 });
    const tabId = await s.tabIdOf(page);
    let state: PageState | null = null;
    for (let i = 0; i < 50 && !state?.article; i++) {
      state = (await sendFromExtensionPage(ext, 'getTabState', tabId)).res as PageState | null;
      if (!state?.article) await page.waitForTimeout(100);
    }
    expect(state?.article?.canonicalUrl).toBe(page.url());
    expect(state?.article?.claimedCanonicalUrl).toBe(CLAIMED_CANONICAL);
    const saved = (await sendFromExtensionPage(ext, 'saveTab', tabId)).res as Result<{ created: boolean }>;
    expect(saved).toMatchObject({ ok: true, value: { created: true } });
    const rows = await readRawRows(ext);
    expect(rows).toHaveLength(2);
    expect(rows.find((r) => r.id === victim.id)).toEqual(victim);
    const own = rows.find((r) => r.id !== victim.id);
    expect(own?.canonicalUrl).toBe(page.url());
    expect(own?.claimedCanonicalUrl).toBe(CLAIMED_CANONICAL);
    await page.close();
  });

  it('synthetic keys and moves open nothing; page CSS cannot hide the popover the reader opens', async () => {
    const page = await s.open(`${demo.url}hostile/restyle-popover.html`);
    await page.waitForFunction(marker, null, { timeout: 30_000 });
    await page.waitForFunction(
      () => (window as unknown as { __parallaxSynthetic: number }).__parallaxSynthetic > 15,
    );
    const state = () =>
      page.evaluate(() => document.querySelector('parallax-overlay')?.getAttribute('data-state') ?? '');
    expect(await state()).not.toContain('popover');
    for (let i = 0; i < 3; i++) {
      await page.keyboard.press('Alt+Shift+J');
      await page.waitForTimeout(80);
    }
    await expect.poll(state, { timeout: 5_000 }).toContain('popover');
    const look = await page.evaluate(() => {
      const host = document.querySelector('parallax-overlay') as HTMLElement;
      const cs = getComputedStyle(host);
      return { opacity: cs.opacity, visibility: cs.visibility, transform: cs.transform };
    });
    expect(look).toEqual({ opacity: '1', visibility: 'visible', transform: 'none' });
    await page.close();
  });

  it('reports no page errors from the extension', () => {
    expect(s.pageErrors.filter((e) => e.startsWith('chrome-extension://'))).toEqual([]);
  });
});
