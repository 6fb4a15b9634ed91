import { foldText } from './normalise';

/**
 * The visible text of a subtree, whitespace-normalised, with what is needed to map an offset back to its
 * node. Built per text node with native string operations; per-character maps (`nodeOf`, `offsetOf`) are
 * only computed if asked for, and anchoring recomputes offsets just for the nodes a match starts and ends in.
 */
export class TextIndex {
  /** Normalised text: whitespace runs are one space, block boundaries add a space. */
  text = '';
  nodes: Text[] = [];
  /** Per node: where its normalised text starts in `text`. */
  starts: number[] = [];
  /** Per node: length of its normalised text. */
  lengths: number[] = [];
  /** Per node: true when its leading whitespace was dropped (the text before already ended in a space). */
  skipLead: boolean[] = [];
  private maps: { nodeOf: Int32Array; offsetOf: Int32Array } | null = null;

  /** Per character of `text`: index into `nodes`, or -1 for a block-boundary space. */
  get nodeOf(): Int32Array {
    this.maps ??= this.buildMaps();
    return this.maps.nodeOf;
  }

  /** Per character of `text`: offset inside its node's data. */
  get offsetOf(): Int32Array {
    this.maps ??= this.buildMaps();
    return this.maps.offsetOf;
  }

  private buildMaps() {
    const nodeOf = new Int32Array(this.text.length).fill(-1);
    const offsetOf = new Int32Array(this.text.length);
    for (let n = 0; n < this.nodes.length; n++)
      for (let k = 0; k < this.lengths[n]; k++) {
        nodeOf[this.starts[n] + k] = n;
        offsetOf[this.starts[n] + k] = rawOffset(this, n, k);
      }
    return { nodeOf, offsetOf };
  }
}

/** Options for building a text index. */
export interface TextIndexOptions {
  /** Extra visibility test, e.g. `el.checkVisibility()` in a browser; called once per element. */
  isHidden?: (el: Element) => boolean;
}

const SKIP = new Set(
  'SCRIPT STYLE NOSCRIPT TEMPLATE TEXTAREA SELECT OPTION IFRAME SVG CANVAS OBJECT HEAD TITLE'.split(' '),
);
const INLINE = new Set(
  'A ABBR B BDI BDO CITE CODE DATA DFN EM FONT I KBD MARK Q S SAMP SMALL SPAN STRONG SUB SUP TIME U VAR WBR'.split(
    ' ',
  ),
);
const SPACES = /\s+/g;

/** True when an element is hidden by markup alone (no layout needed). */
export function hiddenByMarkup(el: Element): boolean {
  if (SKIP.has(el.tagName.toUpperCase())) return true;
  if (el.hasAttribute('hidden')) return true;
  const style = el.getAttribute('style');
  return style !== null && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style);
}

/** Builds the text index of `root`'s visible text nodes, in document order. */
export function buildTextIndex(root: Element | Document, options: TextIndexOptions = {}): TextIndex {
  const steps = indexSteps(root, options);
  let step = steps.next();
  while (!step.done) step = steps.next();
  return step.value;
}

/**
 * The same build in slices: pauses every few hundred nodes so a caller can yield to the page between
 * slices, and returns the index when done.
 */
export function* indexSteps(
  root: Element | Document,
  options: TextIndexOptions = {},
): Generator<void, TextIndex, void> {
  const index = new TextIndex();
  let visited = 0;
  const parts: string[] = [];
  let length = 0;
  let lastSpace = true;
  const push = (s: string) => {
    parts.push(s);
    length += s.length;
    lastSpace = s.endsWith(' ');
  };
  // Iterative walk (real pages nest deeper than a comfortable recursion budget), through sibling links:
  // indexing `childNodes` is quadratic in some DOM implementations. `null` marks a block's end.
  const stack: (Node | null)[] = [root];
  while (stack.length) {
    const item = stack.pop();
    if ((++visited & 511) === 0) yield;
    if (item === null) {
      if (!lastSpace) push(' ');
      continue;
    }
    if (!item) continue;
    if (item.nodeType === 3) {
      let piece = (item as Text).data.replace(SPACES, ' ');
      const skip = lastSpace && piece.startsWith(' ');
      if (skip) piece = piece.slice(1);
      if (!piece) continue;
      index.nodes.push(item as Text);
      index.starts.push(length);
      index.lengths.push(piece.length);
      index.skipLead.push(skip);
      push(foldText(piece));
      continue;
    }
    if (item.nodeType === 1) {
      const el = item as Element;
      if (hiddenByMarkup(el) || options.isHidden?.(el)) continue;
      if (!INLINE.has(el.tagName.toUpperCase())) {
        if (!lastSpace) push(' ');
        stack.push(null);
      }
    } else if (item.nodeType !== 9 && item.nodeType !== 11) continue;
    for (let kid = item.lastChild; kid; kid = kid.previousSibling) stack.push(kid);
  }
  index.text = parts.join('');
  return index;
}

/** The node holding normalised offset `at`, or -1 when `at` is a block-boundary space. */
export function nodeAt(index: TextIndex, at: number): number {
  let lo = 0;
  let hi = index.starts.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (index.starts[mid] > at) hi = mid - 1;
    else if (index.starts[mid] + index.lengths[mid] <= at) lo = mid + 1;
    else return mid;
  }
  return -1;
}

/** The raw offset in node `n`'s data of its `k`-th normalised character. */
export function rawOffset(index: TextIndex, n: number, k: number): number {
  const data = index.nodes[n].data;
  let i = 0;
  if (index.skipLead[n]) while (i < data.length && /\s/.test(data[i])) i++;
  for (let seen = 0; i < data.length; i++) {
    if (seen === k) return i;
    if (/\s/.test(data[i])) while (i + 1 < data.length && /\s/.test(data[i + 1])) i++;
    seen++;
  }
  return data.length;
}
