/**
 * Keeps the corner pill clear of the page's own bottom bars (cookie notices, audio players, "subscribe"
 * strips): a pill over a banner's "Accept" button blocks the reader from the page.
 */

/** Gap between the pill and a bar it clears, and between the pill and the window's edge. */
const GAP = 16;

/**
 * The pill's distance from the viewport's bottom edge: clear of every bottom bar (given by its top), but
 * never more than half the viewport, where a tall fixed overlay would push it.
 */
export function pillBottom(barTops: number[], viewportHeight: number): number {
  let bottom = GAP;
  for (const top of barTops) bottom = Math.max(bottom, viewportHeight - top + GAP / 2);
  return Math.min(bottom, Math.round(viewportHeight / 2));
}

/** True for an element the page pins to the viewport (fixed, or sticky and currently stuck). */
function pinned(el: Element, win: Window): boolean {
  const position = win.getComputedStyle(el).position;
  return position === 'fixed' || position === 'sticky';
}

/**
 * Tops of the page's pinned elements that lie along the viewport's bottom edge under `area` (the pill's
 * default place), found by hit-testing a few points of it. `own` is Parallax's overlay host, skipped.
 */
export function bottomBarsUnder(doc: Document, area: DOMRect, own: Element): number[] {
  const win = doc.defaultView;
  if (!win) return [];
  const vh = win.innerHeight;
  const tops: number[] = [];
  const seen = new Set<Element>();
  const points: [number, number][] = [
    [area.left + 2, area.top + 2],
    [area.right - 2, area.top + 2],
    [area.left + area.width / 2, area.top + area.height / 2],
    [area.left + 2, area.bottom - 2],
    [area.right - 2, area.bottom - 2],
  ];
  for (const [x, y] of points) {
    for (const hit of doc.elementsFromPoint(x, y)) {
      if (hit === own || hit === doc.documentElement || hit === doc.body) continue;
      // The bar is the pinned element itself or its nearest pinned ancestor ("Accept" inside the notice).
      let el: Element | null = hit;
      while (el && el !== doc.body && !pinned(el, win)) el = el.parentElement;
      if (!el || el === doc.body || seen.has(el)) continue;
      seen.add(el);
      const r = el.getBoundingClientRect();
      // Only bars along the bottom edge: a full-screen modal or a side rail is not something to climb over.
      if (r.bottom >= vh - 4 && r.top > vh / 2) tops.push(r.top);
    }
  }
  return tops;
}
