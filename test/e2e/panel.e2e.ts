/**
 * The side panel against the real extension and the demo news site: the article card, saving through the
 * panel, related reports with planted discrepancies and reworded quotes, accessibility of every view,
 * hostile pages, and screenshots in light and dark.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { demoPages, plantedDifferences } from '../../scripts/demo-site/catalog';
import { axeViolations } from '../panel/e2e-axe';
import { type ChromiumSession, launchChromium } from './harness/chromium';
import { type DemoSite, useDemoAndBrowser } from './harness/demo';
import { type FirefoxSession, launchFirefox } from './harness/firefox';
import { shot } from './harness/shots';

const ranMarker = () => document.documentElement.dataset.parallax ?? null;

const e1 = (role: string) => {
  const p = demoPages.find((x) => x.event === 'e1' && x.role === role);
  if (!p) throw new Error(`demo catalog has no e1 ${role}`);
  return p;
};
const SAVED = [e1('original'), e1('excerpt'), e1('independent')];
const FOURTH = e1('rewrite');
const hostile = demoPages.filter((p) => p.kind === 'hostile');

async function openAnalysed(s: ChromiumSession, url: string): Promise<Page> {
  const page = await s.open(url);
  await page.waitForFunction(ranMarker, null, { timeout: 15_000 });
  return page;
}

async function saveViaPanel(s: ChromiumSession, url: string): Promise<void> {
  const page = await openAnalysed(s, url);
  const panel = await s.openPanel(page);
  await panel.getByRole('button', { name: 'Save to collection' }).click();
  await panel.getByText(/^Saved /).waitFor({ timeout: 15_000 });
  await panel.close();
  await page.close();
}

/** Clicks through every related report and collects its discrepancy cards and quote diffs. */
async function collectDifferences(panel: Page): Promise<{ figures: string[]; quotes: string[] }> {
  const figures: string[] = [];
  const quotes: string[] = [];
  const cards = panel.locator('button.px-related');
  const n = await cards.count();
  for (let i = 0; i < n; i++) {
    await cards.nth(i).click();
    await expect.poll(() => cards.nth(i).getAttribute('aria-pressed')).toBe('true');
    figures.push(...(await panel.locator('.px-discrepancy-head').allTextContents()));
    quotes.push(...(await panel.locator('.px-quote').allTextContents()));
  }
  return { figures, quotes };
}

describe('side panel on the demo site (Chromium)', () => {
  let demo: DemoSite;
  let s: ChromiumSession;
  useDemoAndBrowser(launchChromium, (d, b) => {
    demo = d;
    s = b;
  });

  it('renders the article card for the tab it is pinned to', async () => {
    const page = await openAnalysed(s, demo.url + SAVED[0].path.slice(1));
    const panel = await s.openPanel(page);
    await panel.setViewportSize({ width: 400, height: 900 });
    await panel.locator('#px-article-title').waitFor({ timeout: 15_000 });
    expect(await panel.locator('#px-article-title').textContent()).toBe(SAVED[0].title);
    expect(await panel.locator('.px-chip').count()).toBeGreaterThan(2);
    expect(await panel.getByRole('button', { name: 'Save to collection' }).count()).toBe(1);
    await shot(panel, 'panel-live-article-unsaved', true);
    expect(await axeViolations(panel)).toEqual([]);
  });

  let panel: Page;
  let found: { figures: string[]; quotes: string[] } = { figures: [], quotes: [] };

  it('saves three reports of one event through the panel, and lists them as related to a fourth', async () => {
    for (const p of SAVED) await saveViaPanel(s, demo.url + p.path.slice(1));
    const page = await openAnalysed(s, demo.url + FOURTH.path.slice(1));
    panel = await s.openPanel(page, 'tab=compare');
    await panel.setViewportSize({ width: 400, height: 900 });
    const cards = panel.locator('button.px-related');
    await expect.poll(() => cards.count(), { timeout: 20_000 }).toBeGreaterThanOrEqual(3);
    const titles = await cards.allTextContents();
    for (const p of SAVED) expect(titles).toContain(p.title);
    found = await collectDifferences(panel);
  });

  it('shows a planted reworded quote as a word diff', () => {
    const planted = plantedDifferences
      .filter((d) => d.type === 'quote')
      .flatMap((d) => d.occurrences.filter((o) => o.path === FOURTH.path));
    expect(planted.length).toBeGreaterThan(0);
    const clean = found.quotes.map((q) => q.replace(/(inserted|deleted): /g, ''));
    const hit = planted.some((o) => {
      const words = o.text.split(/\W+/).filter((w) => w.length > 3);
      return clean.some((q) => words.filter((w) => q.includes(w)).length >= Math.min(4, words.length));
    });
    expect(hit, `quote diffs shown: ${JSON.stringify(found.quotes)}`).toBe(true);
    expect(found.quotes.length).toBeGreaterThan(0);
  });

  it('diffs the reworded Biden quote (same speaker, substantial overlap)', () => {
    const shown = found.quotes.join('\n');
    expect(shown, `quote diffs shown: ${JSON.stringify(found.quotes)}`).toMatch(/mistake/);
    expect(shown).toMatch(/doubt/);
  });

  it('shows a planted figure difference as a discrepancy card', () => {
    const planted = plantedDifferences.filter(
      (d) => d.type === 'figure' && d.occurrences.some((o) => o.path === FOURTH.path),
    );
    const hits = planted.filter((d) => {
      const here = d.occurrences.find((o) => o.path === FOURTH.path)?.value;
      const there = d.occurrences.filter((o) => SAVED.some((p) => p.path === o.path) && o.value !== here);
      return found.figures.some(
        (f) => f.includes(String(here)) && there.some((o) => f.includes(String(o.value))),
      );
    });
    expect(
      hits.map((d) => d.id),
      `discrepancy cards shown: ${JSON.stringify(found.figures)}`,
    ).not.toEqual([]);
  });

  it('passes axe-core and is screenshotted on every view, light and dark', async () => {
    for (const scheme of ['light', 'dark'] as const) {
      await panel.emulateMedia({ colorScheme: scheme });
      for (const [key, label] of [
        ['article', 'This article'],
        ['compare', 'Compare'],
        ['story', 'Story'],
        ['collection', 'Collection'],
      ] as const) {
        await panel.getByRole('tab', { name: new RegExp(`^${label}`) }).click();
        await panel.locator(`#panel-${key}`).waitFor();
        if (key === 'story') await panel.getByText('Who reported first').waitFor({ timeout: 20_000 });
        await panel.evaluate(() => window.scrollTo(0, 0));
        await shot(panel, `panel-live-${key}-${scheme}-top`);
        await shot(panel, `panel-live-${key}-${scheme}`, true);
        expect(await axeViolations(panel), `${key} in ${scheme}`).toEqual([]);
      }
    }
  });

  it('deletes a saved report through the store and undoes it', async () => {
    await panel.getByRole('tab', { name: /^Collection/ }).click();
    await panel.getByText('Showing all 3').waitFor();
    await panel.getByRole('button', { name: `Delete “${SAVED[1].title}”` }).click();
    await panel.getByText('Showing all 2').waitFor({ timeout: 10_000 });
    await panel.getByRole('button', { name: 'Undo' }).click();
    await panel.getByText('Showing all 3').waitFor({ timeout: 10_000 });
  });

  it('never runs hostile page content in the panel', async () => {
    expect(hostile.length).toBeGreaterThan(0);
    for (const p of hostile) {
      const page = await openAnalysed(s, demo.url + p.path.slice(1));
      const panel = await s.openPanel(page);
      const dialogs: string[] = [];
      panel.on('dialog', (d) => {
        dialogs.push(d.message());
        void d.dismiss();
      });
      await panel.locator('[role="tabpanel"]').waitFor();
      for (const label of ['This article', 'Compare', 'Story', 'Collection']) {
        await panel.getByRole('tab', { name: new RegExp(`^${label}`) }).click();
        await panel.waitForTimeout(150);
      }
      expect(
        await panel.evaluate(() => (window as unknown as { __parallaxPwned?: unknown }).__parallaxPwned),
      ).toBeUndefined();
      expect(
        await panel.locator('a[href^="javascript:"], [onerror], [onclick], script:not([src])').count(),
      ).toBe(0);
      expect(dialogs).toEqual([]);
      await panel.close();
      await page.close();
    }
  });

  it('lists the same event first, then the October event, whose attack count is a development', async () => {
    const october = demoPages.find((p) => p.path.includes('us-troops-injured-drone-attacks'));
    if (!october) throw new Error('demo catalog has no October attacks report');
    await saveViaPanel(s, demo.url + october.path.slice(1));
    const page = await openAnalysed(s, demo.url + FOURTH.path.slice(1));
    const view = await s.openPanel(page, 'tab=compare');
    const groups = view.locator('.px-related-group');
    await expect.poll(() => groups.count(), { timeout: 20_000 }).toBe(2);
    expect(await groups.nth(0).textContent()).toMatch(/^Same event · 3/);
    expect(await groups.nth(1).textContent()).toMatch(/^Earlier in this story · 1/);
    const cards = view.locator('button.px-related');
    const titles = await cards.allTextContents();
    expect(titles.indexOf(october.title)).toBe(titles.length - 1);
    await cards.nth(titles.length - 1).click();
    await expect.poll(() => view.locator('.px-development').count(), { timeout: 10_000 }).toBeGreaterThan(0);
    const developments = await view.locator('.px-development .px-discrepancy-head').allTextContents();
    expect(developments.join(' ')).toMatch(/150/);
    expect(await view.locator('.px-discrepancy').count()).toBe(0);
    await view.close();
    await page.close();
  });

  it('credits the Islamic Resistance in Iraq, not Iran, with its claim in an appositive sentence', async () => {
    const page = await openAnalysed(s, demo.url + e1('original').path.slice(1));
    const view = await s.openPanel(page);
    const claim = view
      .locator('.px-claim-text', { hasText: 'umbrella name used by several militias' })
      .first();
    await claim.waitFor({ state: 'attached', timeout: 20_000 });
    const source = await claim.evaluate((el) => el.closest('ul')?.previousElementSibling?.textContent ?? '');
    expect(source).toMatch(/^(the )?Islamic Resistance in Iraq/i);
    await view.close();
    await page.close();
  });

  it('sends no request off the machine', () => {
    expect(s.extensionRequests).toEqual([]);
  });
});

describe('side panel on the demo site (Firefox sidebar page)', () => {
  let demo: DemoSite;
  let s: FirefoxSession;
  useDemoAndBrowser(launchFirefox, (d, b) => {
    demo = d;
    s = b;
  });

  it('renders the article card, saves through the panel and shows the saved state', async () => {
    const page = await s.open(demo.url + SAVED[0].path.slice(1));
    await page.waitForFunction(ranMarker, { timeout: 15_000 });
    const panel = await s.openPanel(page, demo.url);
    await panel.setViewport({ width: 400, height: 900 });
    await panel.waitForSelector('#px-article-title', { timeout: 15_000 });
    expect(await panel.$eval('#px-article-title', (el) => el.textContent)).toBe(SAVED[0].title);
    expect((await panel.$$('.px-chip')).length).toBeGreaterThan(2);
    await shot(panel, 'firefox-panel-article');
    const save = await panel.waitForSelector('::-p-text(Save to collection)');
    await save?.click();
    await panel.waitForSelector('::-p-text(Unsave)', { timeout: 15_000 });
    await panel.click('#tab-collection');
    await panel.waitForSelector('::-p-text(1 saved report)', { timeout: 15_000 });
    await shot(panel, 'firefox-panel-collection');
  });

  it('renders the fixture state with every view', async () => {
    const panel = await s.openExtensionPage('sidepanel.html?fixture=1', demo.url);
    await panel.setViewport({ width: 400, height: 900 });
    await panel.waitForSelector('#px-article-title', { timeout: 15_000 });
    for (const key of ['compare', 'story', 'collection']) {
      await panel.click(`#tab-${key}`);
      await panel.waitForSelector(`#panel-${key}`);
    }
    await panel.click('#tab-compare');
    await panel.waitForSelector('.px-discrepancy', { timeout: 15_000 });
    await shot(panel, 'firefox-panel-fixture-compare');
    expect(
      await panel.evaluate(() => (window as unknown as { __parallaxPwned?: unknown }).__parallaxPwned),
    ).toBeUndefined();
  });
});
