/**
 * The side panel on its fixture state (no background, no store): every view renders, passes axe-core in
 * light and dark, and is screenshotted at side-panel width.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from '../panel/e2e-axe';
import { type ChromiumSession, launchChromium } from './harness/chromium';
import { shot } from './harness/shots';

const VIEWS = [
  ['article', 'This article'],
  ['compare', 'Compare'],
  ['story', 'Story'],
  ['collection', 'Collection'],
] as const;

describe('side panel fixture mode (Chromium)', () => {
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

  for (const scheme of ['light', 'dark'] as const) {
    for (const [key, label] of VIEWS) {
      it(`renders ${label} cleanly in ${scheme} mode`, async () => {
        await panel.emulateMedia({ colorScheme: scheme });
        await panel.getByRole('tab', { name: new RegExp(`^${label}`) }).click();
        await expect.poll(() => panel.locator(`#panel-${key}`).count()).toBe(1);
        await shot(panel, `panel-fixture-${key}-${scheme}`, true);
        expect(await axeViolations(panel)).toEqual([]);
      });
    }
  }

  it('shows the planted discrepancy and reworded quote in Compare', async () => {
    await panel.getByRole('tab', { name: /^Compare/ }).click();
    await panel.getByRole('button', { name: /US troops killed in drone attack/ }).click();
    const cards = () => panel.locator('.px-discrepancy').allTextContents();
    await expect
      .poll(cards)
      .toContainEqual(
        expect.stringMatching(/Wounded: at least 34 here vs ≈24 \(about two dozen\) in Harbor Wire/),
      );
    const ins = (await panel.locator('.px-quote .px-ins').allTextContents()).join(' ');
    const del = (await panel.locator('.px-quote .px-del').allTextContents()).join(' ');
    expect(ins.replace(/inserted: /g, '')).toMatch(/^a of our choosing$/);
    expect(del.replace(/deleted: /g, '')).toMatch(/^the we ?choose$/);
  });

  it('moves between tabs with the arrow keys', async () => {
    await panel.getByRole('tab', { name: /^This article/ }).click();
    await panel.keyboard.press('ArrowRight');
    expect(await panel.getByRole('tab', { name: /^Compare/ }).getAttribute('aria-selected')).toBe('true');
    await panel.keyboard.press('End');
    expect(await panel.getByRole('tab', { name: /^Collection/ }).getAttribute('aria-selected')).toBe('true');
  });

  it('deletes a report with an Undo toast that restores it', async () => {
    await panel.getByRole('tab', { name: /^Collection/ }).click();
    await panel.getByText('Showing all 3').waitFor();
    await panel.getByRole('button', { name: /^Delete “Rockets hit Ain al-Asad/ }).click();
    await panel.getByText('Showing all 2').waitFor();
    await panel.getByRole('button', { name: 'Undo' }).click();
    await panel.getByText('Showing all 3').waitFor();
  });

  it('follows a story from the Story tab', async () => {
    await panel.getByRole('tab', { name: /^Story/ }).click();
    await panel.getByRole('button', { name: 'Follow this story' }).click();
    await panel.getByText(/^Following “/).waitFor();
  });
});
