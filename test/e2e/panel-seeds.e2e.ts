/**
 * The five real seed reports (served by the demo site from ../shared/corpus, never copied): saved through
 * the panel, then 000 must rank its two renderings of the same CNN report (001, 002) above the later
 * events (003, 004), and show 001's NBC casualty figure as a claim only there.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { corpusSkipReason, hasCorpus } from '../corpus';
import { type ChromiumSession, launchChromium } from './harness/chromium';
import { startDemo } from './harness/demo';
import { shot } from './harness/shots';

const ranMarker = () => document.documentElement.dataset.parallax ?? null;
const SEEDS = ['000', '001', '002', '003', '004'];

if (!hasCorpus) console.warn(corpusSkipReason);

describe.skipIf(!hasCorpus)('side panel on the five seed reports (Chromium)', () => {
  let demo: Awaited<ReturnType<typeof startDemo>>;
  let s: ChromiumSession;
  let panel: Page;
  beforeAll(async () => {
    demo = await startDemo({ port: 0 });
    s = await launchChromium();
  });
  afterAll(async () => {
    await s?.close();
    await demo?.close();
  });

  it('saves all five seeds through the panel', async () => {
    for (const n of SEEDS) {
      const page = await s.open(`${demo.url}seeds/${n}`);
      await page.waitForFunction(ranMarker, null, { timeout: 15_000 });
      const p = await s.openPanel(page);
      await p.getByRole('button', { name: 'Save to collection' }).click();
      await p.getByText(/^Saved /).waitFor({ timeout: 15_000 });
      await p.close();
      await page.close();
    }
  });

  it('ranks 001 and 002 above 003 and 004 for 000', async () => {
    const page = await s.open(`${demo.url}seeds/000`);
    await page.waitForFunction(ranMarker, null, { timeout: 15_000 });
    panel = await s.openPanel(page, 'tab=compare');
    await panel.setViewportSize({ width: 400, height: 900 });
    const cards = panel.locator('.px-card[data-url]');
    await expect.poll(() => cards.count(), { timeout: 20_000 }).toBeGreaterThanOrEqual(2);
    const urls = await cards.evaluateAll((els) => els.map((e) => e.getAttribute('data-url') ?? ''));
    const order = urls.map((u) => /\/seeds\/(\d{3})/.exec(u)?.[1] ?? '?');
    const at = (n: string) => order.indexOf(n);
    expect(at('001'), `related order: ${order.join(', ')}`).toBeGreaterThanOrEqual(0);
    expect(at('002'), `related order: ${order.join(', ')}`).toBeGreaterThanOrEqual(0);
    for (const later of ['003', '004']) {
      if (at(later) < 0) continue;
      expect(at(later)).toBeGreaterThan(at('001'));
      expect(at(later)).toBeGreaterThan(at('002'));
    }
    await shot(panel, 'panel-seeds-compare', true);
  });

  it("shows 001's NBC two-dozen-wounded claim as a claim only there", async () => {
    const card = panel.locator('.px-card[data-url*="/seeds/001"]');
    await card.locator('button.px-related').click();
    const onlyThere = panel.locator('details.px-section', { hasText: /^Only in / });
    await onlyThere.first().waitFor();
    // Long lists show their first few claims: open the rest before reading them all.
    // (The section may be folded, so the buttons are pressed through the DOM.)
    const more = onlyThere.locator('button.px-more[aria-expanded="false"]');
    await more.evaluateAll((els) => {
      for (const el of els) (el as HTMLButtonElement).click();
    });
    await expect.poll(() => more.count()).toBe(0);
    const texts = await onlyThere.locator('.px-claim-text').allTextContents();
    expect(
      texts.some((t) => /two dozen/i.test(t) && /wounded/i.test(t)),
      JSON.stringify(texts),
    ).toBe(true);
    await shot(panel, 'panel-seeds-001-diff', true);
  });
});
