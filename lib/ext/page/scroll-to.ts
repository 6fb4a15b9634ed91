import type { ScrollTarget } from '@/lib/ext/messages';
import type { Highlighter, HighlightItem } from '@/lib/highlight/highlighter';
import type { Result } from '@/lib/types';
import { actorKey, claimKey } from './anchor-items';

/** The highlight item a scroll target names: the given mention, else the actor's first anchored one. */
export function findTarget(items: readonly HighlightItem[], target: ScrollTarget): HighlightItem | undefined {
  if (target.kind === 'claim') return items.find((i) => i.key === claimKey(target.id));
  const exact = items.find((i) => i.key === actorKey(target.id, target.index ?? 0));
  return exact ?? items.find((i) => i.key.startsWith(`actor:${target.id}:`));
}

/** Scrolls a range to the middle of the viewport (smoothly unless the reader prefers reduced motion). */
export function revealRange(doc: Document, range: Range): void {
  const view = doc.defaultView;
  if (!view) return;
  const rect = range.getBoundingClientRect();
  const reduce = view.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
  view.scrollTo({
    top: view.scrollY + rect.top - view.innerHeight / 2 + rect.height / 2,
    behavior: reduce ? 'auto' : 'smooth',
  });
}

/** Handles the side panel's scroll-to: reveal and flash, or say clearly why not. */
export function scrollToTarget(
  doc: Document,
  highlighter: Highlighter | null,
  target: ScrollTarget,
): Result<true> {
  if (!highlighter) return { ok: false, error: 'This page has not been analysed yet.' };
  const item = findTarget(highlighter.items(), target);
  if (!item)
    return { ok: false, error: `That ${target.kind} could not be found on the page (it may have changed).` };
  revealRange(doc, item.range);
  highlighter.flash(item.range);
  return { ok: true, value: true };
}
