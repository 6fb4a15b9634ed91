/**
 * The in-page popover on a demo article (Chromium): stepping with Alt+Shift+J shows "1 of N", the
 * popover sits clear of the highlighted text, an enabled site is not offered "Run on this site…", and
 * the save button reads like the panel's. The popover lives in a closed shadow root, read through CDP.
 */
import type { CDPSession, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { demoPages } from '../../scripts/demo-site/catalog';
import { type ChromiumSession, launchChromium } from './harness/chromium';
import { type DemoSite, useDemoAndBrowser } from './harness/demo';
import { shot } from './harness/shots';

const ARTICLE = demoPages
  .find((p) => p.kind === 'article' && p.outlet === 'The Meridian Ledger')!
  .path.replace(/^\//, '');

interface DomNode {
  nodeId: number;
  backendNodeId: number;
  nodeName: string;
  nodeValue?: string;
  attributes?: string[];
  children?: DomNode[];
  shadowRoots?: DomNode[];
}

/** Every node of the page, shadow roots included (closed ones too: CDP pierces them). */
async function allNodes(cdp: CDPSession): Promise<DomNode[]> {
  const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
  const out: DomNode[] = [];
  const walk = (n: DomNode) => {
    out.push(n);
    for (const c of [...(n.children ?? []), ...(n.shadowRoots ?? [])]) walk(c);
  };
  walk(root);
  return out;
}

function textOf(n: DomNode): string {
  return [n.nodeValue ?? '', ...[...(n.children ?? []), ...(n.shadowRoots ?? [])].map(textOf)].join('');
}

const classOf = (n: DomNode) => {
  const a = n.attributes ?? [];
  const i = a.indexOf('class');
  return i >= 0 ? a[i + 1] : '';
};

describe('the in-page popover (Chromium)', () => {
  let demo: DemoSite;
  let s: ChromiumSession;
  useDemoAndBrowser(launchChromium, (d, b) => {
    demo = d;
    s = b;
  });

  async function popover(page: Page, cdp: CDPSession) {
    const nodes = await allNodes(cdp);
    const pop = nodes.find((n) => classOf(n) === 'px-pop');
    if (!pop) return null;
    const box = (await cdp.send('DOM.getBoxModel', { backendNodeId: pop.backendNodeId })) as {
      model: { border: number[] };
    };
    const ys = box.model.border.filter((_, i) => i % 2 === 1);
    return { text: textOf(pop), top: Math.min(...ys), bottom: Math.max(...ys), page };
  }

  it('steps with Alt+Shift+J showing "1 of N", clear of the text, without "Run on this site…"', async () => {
    const page = await s.open(demo.url + ARTICLE);
    await page.waitForFunction(() => document.documentElement.dataset.parallax, null, { timeout: 15_000 });
    await page.waitForFunction(
      () => ((CSS as unknown as { highlights?: Map<string, unknown> }).highlights?.size ?? 0) > 0,
      null,
      { timeout: 15_000 },
    );
    const cdp = await page.context().newCDPSession(page);
    await page.keyboard.press('Alt+Shift+J');
    await expect
      .poll(async () => (await popover(page, cdp))?.text ?? '', { timeout: 5_000 })
      .toMatch(/^1 of \d+/);
    await page.keyboard.press('Alt+Shift+J');
    await expect
      .poll(async () => (await popover(page, cdp))?.text ?? '', { timeout: 5_000 })
      .toMatch(/^2 of \d+/);
    const p = (await popover(page, cdp))!;
    expect(p.text).toContain('Save to collection');
    expect(p.text).not.toContain('Save to Parallax');
    // The demo site is one the test copy enabled: nothing to offer.
    expect(p.text).not.toContain('Run on this site');
    // The stepped-to highlight is flashed; the popover sits wholly below or above it.
    const flash = await page.evaluate(() => {
      const reg = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights;
      const r = reg.get('parallax-flash')?.values().next().value as Range | undefined;
      const b = r?.getBoundingClientRect();
      return b ? { top: b.top, bottom: b.bottom } : null;
    });
    if (flash) expect(p.top >= flash.bottom - 1 || p.bottom <= flash.top + 1).toBe(true);
    await shot(page, 'chromium-popover-stepping');
  });
});
