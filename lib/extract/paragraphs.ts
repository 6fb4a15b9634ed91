import type { Paragraph } from '@/lib/types';

// Elements that start a new paragraph (table cells do not: a row is one paragraph). Containers such as div are blocks too, so inline text beside a
// nested block is kept as its own paragraph rather than glued to a neighbour.
const BLOCKS = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'BR',
  'CAPTION',
  'DD',
  'DETAILS',
  'DIV',
  'DL',
  'DT',
  'FIELDSET',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'FORM',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'LI',
  'MAIN',
  'NAV',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'SUMMARY',
  'TABLE',
  'TBODY',
  'TD',
  'TFOOT',
  'TH',
  'THEAD',
  'TR',
  'UL',
]);
const SKIP = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'SVG',
  'IFRAME',
  'OBJECT',
  'BUTTON',
  'SELECT',
  'TEXTAREA',
]);

/** Collapses runs of whitespace (including non-breaking and zero-width) to one space and trims. */
export function normaliseSpace(s: string): string {
  return s
    .replace(/[\u200b-\u200d\ufeff\u00ad]/g, '')
    .replace(/[\s\u00a0\u2000-\u200a\u202f\u205f\u3000]+/g, ' ')
    .trim();
}

/** The paragraph texts of a content root, split at block elements and `<br>`. */
export function blockTexts(root: Element): string[] {
  const out: string[] = [];
  let buf = '';
  const flush = () => {
    const t = normaliseSpace(buf);
    if (t) out.push(t);
    buf = '';
  };
  const walk = (node: Node) => {
    for (let c = node.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === 3) buf += c.nodeValue ?? '';
      else if (c.nodeType === 1) {
        const tag = (c as Element).tagName.toUpperCase();
        if (SKIP.has(tag)) continue;
        if (tag === 'TD' || tag === 'TH') {
          // A table row reads as one line: its cells stay together, separated by a space.
          buf += ' ';
          walk(c);
          buf += ' ';
        } else if (BLOCKS.has(tag)) {
          flush();
          walk(c);
          flush();
        } else walk(c);
      }
    }
  };
  walk(root);
  flush();
  return out;
}

/** Joins paragraphs with "\n\n" and records each one's [start, end) in the joined text. */
export function joinParagraphs(texts: string[]): { text: string; paragraphs: Paragraph[] } {
  const paragraphs: Paragraph[] = [];
  let text = '';
  for (const t of texts) {
    if (text) text += '\n\n';
    paragraphs.push({ start: text.length, end: text.length + t.length });
    text += t;
  }
  return { text, paragraphs };
}
