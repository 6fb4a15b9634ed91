import type { Page } from 'playwright-core';

/** The panel's tabs: key (the tabpanel's id suffix) and label. */
export const VIEWS = [
  ['article', 'This article'],
  ['compare', 'Compare'],
  ['story', 'Story'],
  ['collection', 'Collection'],
] as const;

/** Opens what a view hides behind a click (filters, side by side, collapsed sections), so checks see it all. */
export async function openEveryPart(panel: Page, key: string): Promise<void> {
  if (key === 'compare') {
    const pick = panel.getByRole('button', { name: /side by side/i });
    if (await pick.count()) await pick.first().click();
  }
  if (key === 'collection') {
    const filters = panel.getByRole('button', { name: /^Filters/ });
    if ((await filters.count()) && (await filters.getAttribute('aria-expanded')) === 'false')
      await filters.click();
  }
  await panel.evaluate(() => {
    for (const d of document.querySelectorAll('details')) d.open = true;
  });
}

/**
 * Everything that does not fit: the page's scrolling element wider than its box, and any element whose
 * content is clipped sideways (a tab label cut to "Colle"). Runs in the page.
 */
export function overflowReport(): string[] {
  const out: string[] = [];
  const root = document.scrollingElement as HTMLElement;
  if (root.scrollWidth > root.clientWidth)
    out.push(`page scrolls sideways: ${root.scrollWidth} > ${root.clientWidth}`);
  const name = (el: Element) =>
    `${el.tagName.toLowerCase()}${el.className ? `.${String(el.className).split(' ').join('.')}` : ''} “${(el.textContent ?? '').trim().slice(0, 40)}”`;
  for (const el of document.querySelectorAll<HTMLElement>('.px-app *')) {
    const r = el.getBoundingClientRect();
    if (r.width <= 1 || el.closest('.px-sr')) continue;
    if (r.right > root.clientWidth + 1) out.push(`${name(el)} ends at ${Math.round(r.right)} px`);
    const style = getComputedStyle(el);
    const clips = style.overflowX !== 'visible' || style.textOverflow === 'ellipsis';
    if (clips && el.scrollWidth > el.clientWidth + 1 && el.tagName !== 'SELECT')
      out.push(`${name(el)} clips its content: ${el.scrollWidth} > ${el.clientWidth}`);
  }
  // A tab whose label is hidden at this width (an empty button) is as bad as a clipped one.
  for (const tab of document.querySelectorAll<HTMLElement>('[role="tab"]'))
    if (tab.getBoundingClientRect().width < 30) out.push(`tab ${tab.id} shows no label`);
  return out.slice(0, 12);
}
