import { h, render } from 'preact';
import { Popover } from '@/components/popover/Popover';
import type { PopoverDeps } from '@/lib/ext/page/page-ui';
import { revealRange } from '@/lib/ext/page/scroll-to';
import type { HighlightItem } from '@/lib/highlight/highlighter';
import { describeEntry } from '@/lib/panel/popover-model';

const SHOW_DELAY = 180;
const HIDE_DELAY = 350;

function caretAt(doc: Document, x: number, y: number): { node: Node; offset: number } | null {
  const d = doc as Document & { caretRangeFromPoint?: (x: number, y: number) => Range | null };
  const pos = doc.caretPositionFromPoint?.(x, y);
  if (pos) return { node: pos.offsetNode, offset: pos.offset };
  const r = d.caretRangeFromPoint?.(x, y);
  return r ? { node: r.startContainer, offset: r.startOffset } : null;
}

// A caret position snaps to the nearest text even in a margin, so check the pointer is on the text itself.
function underPointer(item: HighlightItem, x: number, y: number): boolean {
  for (const r of item.range.getClientRects())
    if (x >= r.left - 1 && x <= r.right + 1 && y >= r.top - 1 && y <= r.bottom + 1) return true;
  return false;
}

/** Shows the popover on hover and on keyboard focus (Alt+Shift+J / K cycle through highlights, Escape closes). */
export function setupPopover(deps: PopoverDeps, signal: AbortSignal): void {
  const { doc, overlay, highlighter } = deps;
  const root = overlay.mount('popover');
  const live = overlay.mount('live');
  live.className = 'px-live';
  live.setAttribute('aria-live', 'polite');
  let shown: HighlightItem[] = [];
  let at = { x: 0, y: 0 };
  let timer: ReturnType<typeof setTimeout> | undefined;
  let status = '';
  let cursor = -1;
  // "3 of 17" while stepping with the keyboard; cleared on hover.
  let step: { index: number; total: number } | null = null;

  const paint = (focus = false) => {
    overlay.flag('popover', shown.length > 0);
    if (!shown.length) return render(null, root);
    const entries = deps.entries(shown);
    const left = Math.min(Math.max(8, at.x - 40), (doc.defaultView?.innerWidth ?? 800) - 330);
    render(
      h('div', { style: `position:fixed;left:${left}px;top:0;visibility:hidden` }, [
        h(Popover, {
          entries,
          saved: deps.isSaved(),
          siteEnabled: deps.siteEnabled(),
          step,
          status,
          onSave: () => {
            status = 'Saving…';
            paint();
            void deps.save().then((msg) => {
              status = msg;
              paint();
            });
          },
          onEnableSite: () => deps.enableSite(),
          onClose: () => hide(),
        }),
      ]),
      root,
    );
    place();
    if (focus) root.querySelector<HTMLElement>('.px-pop')?.focus();
    live.textContent = entries.map(describeEntry).join('. ');
  };

  // Below the whole highlighted text (never over the rest of a long claim), else above it, else in the
  // viewport's roomier half.
  const place = () => {
    const box = root.firstElementChild as HTMLElement | null;
    if (!box) return;
    const span = shown.map((i) => i.range.getBoundingClientRect());
    const top = Math.min(...span.map((r) => r.top), at.y);
    const bottom = Math.max(...span.map((r) => r.bottom), at.y);
    const height = (root.querySelector('.px-pop') ?? box).getBoundingClientRect().height;
    const vh = doc.defaultView?.innerHeight ?? 600;
    const y =
      bottom + 8 + height <= vh
        ? bottom + 8
        : top - 8 - height >= 0
          ? top - 8 - height
          : top > vh - bottom
            ? 8
            : vh - height - 8;
    box.style.top = `${Math.max(0, y)}px`;
    box.style.visibility = 'visible';
  };

  const show = (items: HighlightItem[], x: number, y: number, focus = false) => {
    shown = items;
    at = { x, y };
    status = '';
    paint(focus);
  };
  const hide = () => {
    shown = [];
    overlay.flag('popover', false);
    render(null, root);
  };

  // Only the reader's own input counts: a page script's synthetic events (isTrusted false) could open the
  // popover where the page wants it, or walk it to "Save".
  const onMove = (e: MouseEvent) => {
    if (!e.isTrusted) return;
    if (overlay.contains(e.target)) return clearTimeout(timer);
    clearTimeout(timer);
    const { clientX: x, clientY: y } = e;
    timer = setTimeout(
      () => {
        const caret = caretAt(doc, x, y);
        const hits = caret
          ? highlighter.itemsAt(caret.node, caret.offset).filter((i) => underPointer(i, x, y))
          : [];
        if (hits.length) {
          if (hits.map((i) => i.key).join() !== shown.map((i) => i.key).join()) {
            step = null;
            show(hits, x, y);
          }
        } else if (shown.length) hide();
      },
      shown.length ? HIDE_DELAY : SHOW_DELAY,
    );
  };

  const onKey = (e: KeyboardEvent) => {
    if (!e.isTrusted) return;
    if (e.key === 'Escape' && shown.length) return hide();
    if (!e.altKey || !e.shiftKey || (e.code !== 'KeyJ' && e.code !== 'KeyK')) return;
    const t = highlighter.toggles();
    const items = highlighter
      .items()
      .filter((i) => t.enabled && t.categories[i.category] !== false && !(i.quiet && t.density !== 'full'));
    if (!items.length) return;
    e.preventDefault();
    cursor = (cursor + (e.code === 'KeyJ' ? 1 : -1) + items.length) % items.length;
    const item = items[cursor];
    step = { index: cursor + 1, total: items.length };
    revealRange(doc, item.range);
    highlighter.flash(item.range, 900);
    // Wait for the scroll to settle before placing the popover under the text.
    setTimeout(() => {
      const rect = item.range.getBoundingClientRect();
      show(
        highlighter.itemsAt(item.range.startContainer, item.range.startOffset),
        rect.left + 40,
        rect.bottom,
        true,
      );
    }, 350);
  };

  doc.addEventListener('mousemove', onMove, { passive: true, signal });
  doc.addEventListener('keydown', onKey, { signal });
  signal.addEventListener('abort', () => {
    clearTimeout(timer);
    render(null, root);
  });
}
