import { foldChar, isSpace } from './normalise';

/** The visible text of a subtree, whitespace-normalised, with a map from each character back to its node. */
export interface TextIndex {
  /** Normalised text: whitespace runs are one space, block boundaries add a space. */
  text: string;
  nodes: Text[];
  /** Per character of `text`: index into `nodes`, or -1 for a space inserted at a block boundary. */
  nodeOf: Int32Array;
  /** Per character of `text`: offset inside its node. */
  offsetOf: Int32Array;
}

/** Options for building a text index. */
export interface TextIndexOptions {
  /** Extra visibility test, e.g. `el.checkVisibility()` in a browser; called once per element. */
  isHidden?: (el: Element) => boolean;
}

const SKIP = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'TEXTAREA',
  'SELECT',
  'OPTION',
  'IFRAME',
  'SVG',
  'CANVAS',
  'OBJECT',
  'HEAD',
  'TITLE',
]);

const INLINE = new Set([
  'A',
  'ABBR',
  'B',
  'BDI',
  'BDO',
  'CITE',
  'CODE',
  'DATA',
  'DFN',
  'EM',
  'FONT',
  'I',
  'KBD',
  'MARK',
  'Q',
  'S',
  'SAMP',
  'SMALL',
  'SPAN',
  'STRONG',
  'SUB',
  'SUP',
  'TIME',
  'U',
  'VAR',
  'WBR',
]);

/** True when an element is hidden by markup alone (no layout needed). */
export function hiddenByMarkup(el: Element): boolean {
  if (SKIP.has(el.tagName.toUpperCase())) return true;
  if (el.hasAttribute('hidden')) return true;
  const style = el.getAttribute('style');
  return style !== null && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style);
}

/** Builds the text index of `root`'s visible text nodes, in document order. */
export function buildTextIndex(root: Element | Document, options: TextIndexOptions = {}): TextIndex {
  const nodes: Text[] = [];
  const nodeOf: number[] = [];
  const offsetOf: number[] = [];
  let text = '';
  let lastSpace = true;
  const boundary = () => {
    if (lastSpace) return;
    text += ' ';
    nodeOf.push(-1);
    offsetOf.push(0);
    lastSpace = true;
  };
  // Iterative walk: real pages nest deeper than a comfortable recursion budget.
  const stack: (Node | 'end-block')[] = [root];
  while (stack.length) {
    const item = stack.pop()!;
    if (item === 'end-block') {
      boundary();
      continue;
    }
    if (item.nodeType === 3) {
      const data = (item as Text).data;
      const n = nodes.length;
      let used = false;
      for (let i = 0; i < data.length; i++) {
        const ch = data[i];
        if (isSpace(ch)) {
          if (lastSpace) continue;
          text += ' ';
          lastSpace = true;
        } else {
          text += foldChar(ch);
          lastSpace = false;
        }
        nodeOf.push(n);
        offsetOf.push(i);
        used = true;
      }
      if (used) nodes.push(item as Text);
      continue;
    }
    if (item.nodeType === 1) {
      const el = item as Element;
      if (hiddenByMarkup(el) || options.isHidden?.(el)) continue;
      const block = !INLINE.has(el.tagName.toUpperCase());
      if (block) {
        boundary();
        stack.push('end-block');
      }
    } else if (item.nodeType !== 9 && item.nodeType !== 11) continue;
    const kids = item.childNodes;
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]);
  }
  return { text, nodes, nodeOf: Int32Array.from(nodeOf), offsetOf: Int32Array.from(offsetOf) };
}
