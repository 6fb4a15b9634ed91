/** Evidence that a page lists many stories (a homepage or section front) or is a form, not one article. */

/** One weighted piece of evidence, as used by detect.ts. */
export interface ListingSignal {
  label: string;
  weight: number;
}

/** The element whose direct children include the most paragraphs of 80+ characters, or null when none does. */
export function densestParagraphParent(doc: Document): Element | null {
  const counts = new Map<Element, number>();
  let best: Element | null = null;
  let bestN = 0;
  for (const p of Array.from(doc.getElementsByTagName('p'))) {
    const parent = p.parentElement;
    if (!parent || (p.textContent ?? '').trim().length < 80) continue;
    const n = (counts.get(parent) ?? 0) + 1;
    counts.set(parent, n);
    if (n > bestN) [best, bestN] = [parent, n];
  }
  return best;
}

/**
 * The largest number of substantial paragraphs under one parent or grandparent: articles keep their body
 * together (some sites wrap each paragraph in its own div, hence the grandparent).
 */
export function maxParagraphRun(doc: Document): number {
  const counts = new Map<Element, number>();
  let best = 0;
  const bump = (el: Element | null) => {
    if (!el) return;
    const n = (counts.get(el) ?? 0) + 1;
    counts.set(el, n);
    if (n > best) best = n;
  };
  for (const p of Array.from(doc.getElementsByTagName('p'))) {
    if ((p.textContent ?? '').trim().length < 80) continue;
    bump(p.parentElement);
    if (p.parentElement?.children.length === 1) bump(p.parentElement.parentElement);
  }
  return best;
}

/** Headings that are (or hold) links: the teasers of a listing page. */
export function linkedHeadingCount(doc: Document): number {
  let n = 0;
  for (const h of Array.from(doc.querySelectorAll('h1, h2, h3, h4'))) {
    if (h.querySelector('a[href]') || h.closest('a[href]')) n++;
  }
  return n;
}

function pathOf(doc: Document): string | null {
  try {
    const u = new URL(doc.URL);
    return /^https?:$/.test(u.protocol) ? u.pathname : null;
  } catch {
    return null;
  }
}

/** Signals against "article": homepage URL, many linked headlines with scattered text, password forms. */
export function listingSignals(doc: Document): ListingSignal[] {
  const out: ListingSignal[] = [];
  const path = pathOf(doc);
  if (path !== null && /^\/(index\.\w+)?$/.test(path)) out.push({ label: 'site homepage URL', weight: -2.5 });
  else if (path && /^\/(tags?|topics?|category|categories|section|search)(\/|$)/i.test(path))
    out.push({ label: 'section or tag URL', weight: -1.5 });
  const teasers = linkedHeadingCount(doc);
  const run = maxParagraphRun(doc);
  if (teasers >= 8 && run <= 3)
    out.push({
      label: `${teasers} linked headlines, at most ${run} paragraphs together (listing)`,
      weight: -3.5,
    });
  if (doc.querySelector('input[type="password"]')) out.push({ label: 'password form', weight: -2 });
  return out;
}
