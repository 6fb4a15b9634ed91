/**
 * The side panel at the widths a side panel really has (320, 400, 760 px), light and dark, on its
 * fixture state: every view (sub-views opened) fits without sideways scrolling, passes axe-core, and is
 * screenshotted; then a keyboard-only walk through each view.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from '../panel/e2e-axe';
import { type ChromiumSession, launchChromium } from './harness/chromium';
import { type DemoSite, useDemoAndBrowser } from './harness/demo';
import { type FirefoxSession, launchFirefox } from './harness/firefox';
import { openEveryPart, overflowReport, VIEWS } from './harness/panel-views';
import { shot } from './harness/shots';

const WIDTHS = [320, 400, 760] as const;

describe('side panel at side-panel widths (Chromium)', () => {
  let session: ChromiumSession;
  let panel: Page;
  beforeAll(async () => {
    session = await launchChromium();
    panel = await session.openPanel(undefined, 'fixture=1');
    await panel.setViewportSize({ width: 400, height: 900 });
    await panel.getByRole('heading', { name: /Drone strike on US outpost/ }).waitFor();
  });
  afterAll(async () => {
    await session?.close();
  });

  for (const width of WIDTHS) {
    for (const scheme of ['light', 'dark'] as const) {
      for (const [key, label] of VIEWS) {
        it(`${label} at ${width} px, ${scheme}: fits, passes axe`, async () => {
          await panel.setViewportSize({ width, height: 900 });
          await panel.emulateMedia({ colorScheme: scheme });
          await panel.getByRole('tab', { name: new RegExp(`^${label}`) }).click();
          await expect.poll(() => panel.locator(`#panel-${key}`).count()).toBe(1);
          await openEveryPart(panel, key);
          await shot(panel, `panel-${key}-${width}-${scheme}`, true);
          expect(await panel.evaluate(overflowReport)).toEqual([]);
          expect(await axeViolations(panel)).toEqual([]);
        });
      }
    }
  }

  for (const scheme of ['light', 'dark'] as const) {
    it(`welcome page at every width, ${scheme}: fits, passes axe, offers the demo when started by npm start`, async () => {
      const welcome = await session.openExtensionPage('welcome.html?demo=http%3A%2F%2F127.0.0.1%3A8377%2F');
      await welcome.emulateMedia({ colorScheme: scheme });
      await welcome.getByRole('heading', { name: 'Welcome to Parallax' }).waitFor();
      for (const width of WIDTHS) {
        await welcome.setViewportSize({ width, height: 900 });
        await shot(welcome, `welcome-${width}-${scheme}`, true);
        expect(await welcome.evaluate(overflowReport)).toEqual([]);
        expect(await axeViolations(welcome)).toEqual([]);
      }
      expect(await welcome.getByRole('link', { name: 'Open the demo news site' }).getAttribute('href')).toBe(
        'http://127.0.0.1:8377/',
      );
      await welcome.close();
      // Any other address is not offered as the demo.
      const other = await session.openExtensionPage('welcome.html?demo=https%3A%2F%2Fevil.example%2F');
      await other.getByRole('heading', { name: 'Welcome to Parallax' }).waitFor();
      expect(await other.getByRole('link', { name: 'Open the demo news site' }).count()).toBe(0);
      await other.close();
    });
  }

  it('walks every view by keyboard alone (Tab, arrows, Enter, Escape)', async () => {
    await panel.setViewportSize({ width: 400, height: 900 });
    await panel.reload();
    await panel.getByRole('heading', { name: /Drone strike on US outpost/ }).waitFor();
    const focused = () => panel.evaluate(focusedName);
    const press = async (key: string) => {
      await panel.keyboard.press(key);
      return focused();
    };
    let f = '';
    for (let i = 0; i < 8 && !f.startsWith('tab:This article'); i++) f = await press('Tab');
    expect(f).toMatch(/^tab:This article/);
    for (const [key, label] of VIEWS) {
      if (key !== 'article') expect(await press('ArrowRight')).toMatch(new RegExp(`^tab:${label}`));
      expect(
        await panel.getByRole('tab', { name: new RegExp(`^${label}`) }).getAttribute('aria-selected'),
      ).toBe('true');
      // Into the view: every stop is visible and has a name, until the view ends or 15 stops.
      const stops: string[] = [];
      for (let i = 0; i < 15; i++) {
        const s = await press('Tab');
        if (s.startsWith('tab:') || s === 'body:') break;
        stops.push(s);
        expect(
          s.replace(/^[\w-]+:/, '').trim().length,
          `stop ${i} in ${key} has a name: ${s}`,
        ).toBeGreaterThan(0);
        expect(await panel.evaluate(focusVisible), `focus on ${s} is visible`).toBe(true);
      }
      expect(stops.length, `${key} has focusable content`).toBeGreaterThan(0);
      if (key === 'compare') {
        // Enter on the second related report selects it and shows its differences.
        const second = panel.locator('button.px-related').nth(1);
        await second.focus();
        await panel.keyboard.press('Enter');
        expect(await second.getAttribute('aria-pressed')).toBe('true');
      }
      if (key === 'collection') {
        // Enter on Delete, then Escape dismisses the Undo message.
        await panel
          .getByRole('button', { name: /^Delete “/ })
          .first()
          .focus();
        await panel.keyboard.press('Enter');
        await panel.getByRole('button', { name: 'Undo' }).waitFor();
        await panel.keyboard.press('Escape');
        await expect.poll(() => panel.getByRole('button', { name: 'Undo' }).count()).toBe(0);
      }
      await panel.getByRole('tab', { name: new RegExp(`^${label}`) }).focus();
    }
  });
});

/** "role:name" of the focused element, the name as a screen reader would read it, near enough. Runs in the page. */
function focusedName(): string {
  const el = document.activeElement as HTMLElement | null;
  if (!el || el === document.body) return 'body:';
  const role = el.getAttribute('role') ?? el.tagName.toLowerCase();
  const labelled = el.getAttribute('aria-labelledby');
  const name =
    el.getAttribute('aria-label') ??
    (labelled ? document.getElementById(labelled)?.textContent : null) ??
    (el as HTMLInputElement).labels?.[0]?.textContent ??
    el.textContent ??
    el.getAttribute('title') ??
    '';
  return `${role}:${name.trim().slice(0, 60)}`;
}

/** Whether the focused element has a box on screen and a visible focus ring. Runs in the page. */
function focusVisible(): boolean {
  const el = document.activeElement as HTMLElement | null;
  if (!el) return false;
  const r = el.getBoundingClientRect();
  const style = getComputedStyle(el);
  const ring = style.outlineStyle !== 'none' || style.boxShadow !== 'none';
  return r.width > 0 && r.height > 0 && ring;
}

// Firefox's driver cannot emulate the colour scheme, so each scheme gets its own browser with the pref set.
for (const scheme of ['light', 'dark'] as const) {
  describe(`side panel at side-panel widths (Firefox sidebar page, ${scheme})`, () => {
    let demo: DemoSite;
    let s: FirefoxSession;
    const dark = scheme === 'dark' ? 1 : 0;
    useDemoAndBrowser(
      () =>
        launchFirefox({
          prefs: {
            'ui.systemUsesDarkTheme': dark,
            'layout.css.prefers-color-scheme.content-override': 1 - dark,
          },
        }),
      (d, b) => {
        demo = d;
        s = b;
      },
    );

    it('fits and passes axe in every view at 320, 400 and 760 px', async () => {
      const panel = await s.openExtensionPage('sidepanel.html?fixture=1', demo.url);
      await panel.waitForSelector('#px-article-title', { timeout: 15_000 });
      const matches = await panel.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches);
      expect(matches).toBe(scheme === 'dark');
      const problems: string[] = [];
      for (const width of WIDTHS) {
        await panel.setViewport({ width, height: 900 });
        for (const [key] of VIEWS) {
          await panel.click(`#tab-${key}`);
          await panel.waitForSelector(`#panel-${key}`);
          await panel.evaluate(() => {
            for (const b of document.querySelectorAll<HTMLButtonElement>('button'))
              if (/side by side/i.test(b.textContent ?? '')) b.click();
            for (const d of document.querySelectorAll('details')) d.open = true;
          });
          await shot(panel, `firefox-panel-${key}-${width}-${scheme}`, true);
          for (const p of await panel.evaluate(overflowReport)) problems.push(`${key} ${width}: ${p}`);
          for (const v of await axeViolations(panel)) problems.push(`${key} ${width}: ${v}`);
        }
      }
      expect(problems).toEqual([]);
    });
  });
}
