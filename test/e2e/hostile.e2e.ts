import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ReportRow } from '../../lib/store/rows';
import type { PageState, Result } from '../../lib/types';
import { demoPages } from '../../scripts/demo-site/catalog';
import { sendFromExtensionPage } from '../robustness/ext-messages';
import { type ChromiumSession, launchChromium } from './harness/chromium';
import { startDemo } from './harness/demo';
import { unexpectedEscapes } from './harness/sentinel';

const marker = () => document.documentElement.dataset.parallax ?? null;
const canary = () => (window as unknown as { __parallaxPwned?: number }).__parallaxPwned ?? null;
const hostile = demoPages.filter((p) => p.kind === 'hostile');

/** Every stored report row, read with the raw IndexedDB API from an extension page. */
function readRawRows(ext: Page): Promise<ReportRow[]> {
  return ext.evaluate(
    () =>
      new Promise<ReportRow[]>((resolve, reject) => {
        const open = indexedDB.open('parallax');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const req = open.result.transaction('reports').objectStore('reports').getAll();
          req.onsuccess = () => resolve(req.result as ReportRow[]);
          req.onerror = () => reject(req.error);
        };
      }),
  );
}

describe('hostile pages saved, shown in the options page and panel, and exported', () => {
  let demo: Awaited<ReturnType<typeof startDemo>>;
  let s: ChromiumSession;
  let ext: Page;
  const dialogs: string[] = [];

  beforeAll(async () => {
    demo = await startDemo({ port: 0 });
    s = await launchChromium();
    s.context.on('page', (p) => p.on('dialog', (d) => void dialogs.push(`${p.url()}: ${d.message()}`)));
    ext = await s.openExtensionPage('options.html');
  });
  afterAll(async () => {
    await s?.close();
    await demo?.close();
  });

  it(`saves the ${hostile.length} hostile pages without running their payloads`, async () => {
    expect(hostile.length).toBeGreaterThan(0);
    let saved = 0;
    for (const h of hostile) {
      const page = await s.open(demo.url + h.path.replace(/^\//, ''));
      await page.waitForFunction(marker, null, { timeout: 30_000 });
      const tabId = await s.tabIdOf(page);
      let state: PageState | null = null;
      for (let i = 0; i < 50 && !state?.article; i++) {
        state = (await sendFromExtensionPage(ext, 'getTabState', tabId)).res as PageState | null;
        if (!state?.article) await new Promise((r) => setTimeout(r, 100));
      }
      const result = (await sendFromExtensionPage(ext, 'saveTab', tabId)).res as Result<unknown> | undefined;
      if (result?.ok) saved++;
      expect(await page.evaluate(canary)).toBeNull();
      await page.close();
    }
    console.log(`hostile: ${hostile.length} pages, ${saved} saved`);
    expect(saved).toBeGreaterThan(0);
  });

  it('the in-page popover shows hostile names and claims without running them', async () => {
    for (const h of hostile) {
      const page = await s.open(demo.url + h.path.replace(/^\//, ''));
      await page.waitForFunction(marker, null, { timeout: 30_000 });
      // Walk the keyboard through the page's highlights: each step opens the popover on the next one.
      for (let i = 0; i < 12; i++) {
        await page.keyboard.press('Alt+Shift+J');
        await page.waitForTimeout(60);
      }
      const opened = await page.evaluate(
        () => document.querySelector('parallax-overlay')?.getAttribute('data-state') ?? '',
      );
      expect(opened).toContain('popover');
      expect(await page.evaluate(canary)).toBeNull();
      await page.close();
    }
    expect(dialogs).toEqual([]);
  });

  it('the options page and the panel collection view render the saved pages inertly', async () => {
    const options = await s.openExtensionPage('options.html');
    await options.waitForLoadState('load');
    const panel = await s.openExtensionPage('sidepanel.html');
    await panel.waitForSelector('[role="tablist"]', { timeout: 15_000 });
    const collectionTab = panel.getByRole('tab', { name: /collection/i });
    if (await collectionTab.count()) await collectionTab.first().click();
    await panel.waitForTimeout(1500);
    for (const p of [options, panel]) expect(await p.evaluate(canary)).toBeNull();
    // The page-derived titles show up as text, not as markup.
    expect(await panel.locator('#app script, #app iframe, #app object, #app embed').count()).toBe(0);
    expect(dialogs).toEqual([]);
  });

  it('JSON and Markdown exports of the collection stay inert and round-trip', async () => {
    const rows = await readRawRows(ext);
    expect(rows.length).toBeGreaterThan(0);
    // The real export and import code runs on the rows the browser stored (in Node, through tsx, which
    // resolves the project's "@/" imports that this e2e config does not).
    const file = join(mkdtempSync(join(tmpdir(), 'parallax-hostile-')), 'rows.json');
    writeFileSync(file, JSON.stringify(rows));
    const out = JSON.parse(
      execFileSync('npx', ['tsx', 'scripts/lib/fuzz-export-check.ts', file], {
        encoding: 'utf8',
        maxBuffer: 1 << 28,
      }),
    ) as { json: string; markdown: string; importOk: boolean; roundTrip: boolean };
    const parsed = JSON.parse(out.json) as { reports: unknown[] };
    expect(parsed.reports.length).toBe(rows.length);
    expect(out.importOk).toBe(true);
    expect(out.roundTrip).toBe(true);
    const md = out.markdown;
    // Escaped brackets ("\\<") are literal text in Markdown; only unescaped markup would be live.
    expect(md).not.toMatch(/(?<!\\)<\s*script/i);
    expect(md).not.toMatch(/(?<!\\)<\s*img/i);
    expect(md).not.toMatch(/\]\(\s*javascript:/i);
    expect(md).not.toMatch(/<\s*javascript:/i);
  });

  it('sends no request off the machine', () => {
    expect(unexpectedEscapes(s.sentinel.escaped)).toEqual([]);
    expect(s.extensionRequests).toEqual([]);
  });
});
