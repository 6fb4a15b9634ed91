import type { TextQuoteSelector } from '@/lib/types';
import { findQuote } from './find-quote';
import { buildTextIndex, nodeAt, rawOffset, TextIndex, type TextIndexOptions } from './text-index';

/** A position in the live DOM: start and end text nodes with offsets (end exclusive). */
export interface DomSpan {
  startNode: Text;
  startOffset: number;
  endNode: Text;
  endOffset: number;
}

/** A selector resolved to a place in the live DOM. */
export interface Anchored {
  span: DomSpan;
  /** Edit distance of the match; 0 when exact. */
  errors: number;
}

/** Turns a span of an index's normalised text into DOM node offsets. */
export function spanFromIndex(index: TextIndex, start: number, end: number): DomSpan | null {
  let s = start;
  let e = end - 1;
  while (s <= e && nodeAt(index, s) < 0) s++;
  while (e >= s && nodeAt(index, e) < 0) e--;
  if (s > e) return null;
  const sn = nodeAt(index, s);
  const en = nodeAt(index, e);
  return {
    startNode: index.nodes[sn],
    startOffset: rawOffset(index, sn, s - index.starts[sn]),
    endNode: index.nodes[en],
    endOffset: rawOffset(index, en, e - index.starts[en]) + 1,
  };
}

/** Makes a live Range (it follows later DOM edits) from a DOM span. */
export function toRange(doc: Document, span: DomSpan): Range {
  const range = doc.createRange();
  range.setStart(span.startNode, span.startOffset);
  range.setEnd(span.endNode, span.endOffset);
  return range;
}

/** The text a DOM span covers, as the page shows it (unnormalised). */
export function spanText(span: DomSpan): string {
  if (span.startNode === span.endNode) return span.startNode.data.slice(span.startOffset, span.endOffset);
  let out = span.startNode.data.slice(span.startOffset);
  let node: Node | null = span.startNode;
  while (node && node !== span.endNode) {
    node = nextNode(node);
    if (node && node.nodeType === 3 && node !== span.endNode) out += (node as Text).data;
  }
  return out + span.endNode.data.slice(0, span.endOffset);
}

function nextNode(node: Node): Node | null {
  if (node.firstChild) return node.firstChild;
  let n: Node | null = node;
  while (n && !n.nextSibling) n = n.parentNode;
  return n ? n.nextSibling : null;
}

/**
 * Anchors selectors one at a time against one text index. It learns the offset between article text and
 * page text from each success, so later quotes are looked for where they should be.
 */
export class Anchorer {
  readonly index: TextIndex;
  private delta: number | undefined;

  /** Indexes `root` (a Document or the element holding the article), or takes an index built in slices. */
  constructor(root: Element | Document | TextIndex, options: TextIndexOptions = {}) {
    this.index = root instanceof TextIndex ? root : buildTextIndex(root, options);
  }

  /** Resolves one selector, or null when it cannot be found (the caller lists it as an orphan). */
  anchor(selector: TextQuoteSelector): Anchored | null {
    const hint = this.delta === undefined ? undefined : selector.start + this.delta;
    const match = findQuote(this.index.text, selector, hint);
    if (!match) return null;
    const span = spanFromIndex(this.index, match.start, match.end);
    if (!span) return null;
    this.delta = match.start - selector.start;
    return { span, errors: match.errors };
  }
}

/** Anchors many selectors in one go; null entries are orphans. */
export function anchorAll(root: Element | Document, selectors: TextQuoteSelector[]): (Anchored | null)[] {
  const anchorer = new Anchorer(root);
  return selectors.map((s) => anchorer.anchor(s));
}
