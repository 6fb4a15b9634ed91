/** The page cannot drive the popover with synthetic events, nor restyle its host by script. */
import { JSDOM } from 'jsdom';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createOverlay } from '@/components/popover/overlay';
import { setupPopover } from '@/components/popover/popover-controller';
import type { Highlighter } from '@/lib/highlight/highlighter';

function page() {
  const { window } = new JSDOM('<!doctype html><html><body><p>Rockets hit the base.</p></body></html>');
  return window.document;
}

afterEach(() => vi.useRealTimers());

describe('popover against the page', () => {
  it('ignores synthetic shortcut keys a page script dispatches', () => {
    vi.useFakeTimers();
    const doc = page();
    const range = doc.createRange();
    range.selectNodeContents(doc.querySelector('p')!);
    const items = vi.fn(() => [{ key: 'claim:1', category: 'claim', range }]);
    const highlighter = {
      items,
      toggles: () => ({ enabled: true, categories: {} }),
      itemsAt: () => [],
      flash: () => undefined,
    } as unknown as Highlighter;
    const overlay = createOverlay(doc);
    const ctl = new doc.defaultView!.AbortController();
    setupPopover(
      {
        doc,
        overlay,
        highlighter,
        entries: () => [],
        save: async () => '',
        isSaved: () => false,
        siteEnabled: () => false,
        enableSite: () => undefined,
      },
      ctl.signal,
    );
    const key = new doc.defaultView!.KeyboardEvent('keydown', {
      key: 'J',
      code: 'KeyJ',
      altKey: true,
      shiftKey: true,
      cancelable: true,
      bubbles: true,
    });
    expect(key.isTrusted).toBe(false);
    doc.dispatchEvent(key);
    vi.advanceTimersByTime(1000);
    expect(key.defaultPrevented).toBe(false);
    expect(items).not.toHaveBeenCalled();
    expect(overlay.host.getAttribute('data-state') ?? '').not.toContain('popover');
    ctl.abort();
  });

  it('restores the overlay host’s own style when a page script changes it', async () => {
    const doc = page();
    const overlay = createOverlay(doc);
    const host = overlay.host as HTMLElement;
    const own = host.getAttribute('style');
    host.setAttribute('style', 'opacity: .01 !important');
    host.style.setProperty('visibility', 'hidden');
    await new Promise((r) => setTimeout(r, 0));
    expect(host.getAttribute('style')).toBe(own);
    expect(own).toMatch(/opacity: ?1 ?!important/);
    overlay.destroy();
  });
});
