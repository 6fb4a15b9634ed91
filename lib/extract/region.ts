/**
 * The story's region of a page: the smallest subtree that holds nearly all of its paragraph text, widened a
 * little. Readability then reads a document made of that region (with the page's head and the region's
 * ancestors as empty shells) instead of the whole page, which on a typical news page skips most of the
 * navigation, rails, comments and footers it would otherwise walk and score.
 */

/** Paragraph-like elements whose text decides where the story is. */
const TEXT_BLOCKS = 'p, pre';
/** Shorter blocks are captions, bylines and buttons: they say little about where the body is. */
const MIN_BLOCK_CHARS = 60;
/** The region holds at least this share of the page's paragraph text. */
const COVERAGE = 0.9;
/** Levels added above the covering element, so Readability still sees the body's siblings and parents. */
const WIDEN = 2;
/** Below this, the page is small enough that narrowing it saves nothing worth the risk. */
const MIN_SAVING_ELEMENTS = 100;

/** What Readability would read on a page: the story region (or the whole page) and how much is in it. */
export interface ReadingScope {
  /** The story region, or null when the whole page is read. */
  region: Element | null;
  /** Elements Readability would walk. */
  elements: number;
  /** Characters of paragraph text (blocks of 60+ characters) in what it would read. */
  paragraphChars: number;
}

/** Finds the story region and measures what Readability would read; one pass over the paragraphs. */
export function readingScope(doc: Document): ReadingScope {
  const body = doc.body;
  const all = doc.getElementsByTagName('*').length;
  const whole: ReadingScope = { region: null, elements: all, paragraphChars: 0 };
  if (!body) return whole;
  const weight = new Map<Element, number>();
  let total = 0;
  for (const block of Array.from(body.querySelectorAll(TEXT_BLOCKS))) {
    const n = block.textContent?.length ?? 0;
    if (n < MIN_BLOCK_CHARS) continue;
    total += n;
    for (let el = block.parentElement; el && el !== body; el = el.parentElement)
      weight.set(el, (weight.get(el) ?? 0) + n);
  }
  whole.paragraphChars = total;
  if (total === 0) return whole;
  // The deepest element that still covers the text: walk down from the body while one child covers enough.
  let region: Element = body;
  for (;;) {
    let next: Element | null = null;
    for (const child of Array.from(region.children)) {
      if ((weight.get(child) ?? 0) >= total * COVERAGE) {
        next = child;
        break;
      }
    }
    if (!next) break;
    region = next;
  }
  for (let i = 0; i < WIDEN && region !== body && region.parentElement; i++) region = region.parentElement;
  if (region === body) return whole;
  const inside = region.getElementsByTagName('*').length;
  if (all - inside < MIN_SAVING_ELEMENTS) return whole;
  return { region, elements: inside, paragraphChars: weight.get(region) ?? total };
}

/** The element to hand Readability, or null when the whole page should be read (small or scattered pages). */
export function storyRegion(doc: Document): Element | null {
  return readingScope(doc).region;
}

/**
 * A detached copy of the page holding only `region` under shells of its ancestors (same tags and
 * attributes, no other children), plus the head and any JSON-LD, so titles, bylines and class-based
 * weights read as on the full page.
 */
export function regionDocument(doc: Document, region: Element): Document {
  const out = doc.implementation.createHTMLDocument('');
  const html = doc.documentElement;
  for (const a of Array.from(html.attributes)) out.documentElement.setAttribute(a.name, a.value);
  const head = doc.head ? (out.importNode(doc.head, true) as HTMLHeadElement) : out.createElement('head');
  for (const ld of Array.from(doc.querySelectorAll('body script[type="application/ld+json"]')))
    head.appendChild(out.importNode(ld, true));
  out.documentElement.replaceChild(head, out.head);
  let inner: Node = out.importNode(region, true);
  for (let el = region.parentElement; el && el !== html; el = el.parentElement) {
    const shell = out.importNode(el, false);
    shell.appendChild(inner);
    inner = shell;
  }
  out.documentElement.replaceChild(inner, out.body);
  return out;
}
