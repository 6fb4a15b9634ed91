/**
 * Sentence units for claim extraction: `Intl.Segmenter` boundaries, repaired for news prose. Abbreviations and
 * initials do not end sentences, and a quotation that runs over several sentences stays in one unit with its
 * attribution, so that a claim carries its speaker. Units never cross paragraph boundaries.
 */
import type { Span } from '@/lib/types';
import { isAbbreviationEnd } from './abbreviations';
import { quoteBalance } from './quote-balance';

const LINE_BREAK = /\n+/g;

/** Splits text into paragraph spans on line breaks, used when the caller has no paragraph list. */
export function paragraphSpans(text: string): Span[] {
  const out: Span[] = [];
  let start = 0;
  LINE_BREAK.lastIndex = 0;
  for (let m = LINE_BREAK.exec(text); m; m = LINE_BREAK.exec(text)) {
    if (m.index > start) out.push({ start, end: m.index });
    start = m.index + m[0].length;
  }
  if (start < text.length) out.push({ start, end: text.length });
  return out;
}

function isSpace(code: number): boolean {
  return code === 32 || (code >= 9 && code <= 13) || code === 160 || code === 0x200b || code === 0xfeff;
}

/** Shrinks [start, end) to exclude surrounding whitespace; returns null for an empty span. */
function trimSpan(text: string, start: number, end: number): Span | null {
  let s = start;
  let e = end;
  while (s < e && isSpace(text.charCodeAt(s))) s++;
  while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
  return e > s ? { start: s, end: e } : null;
}

// One segmenter for the whole session: constructing it loads ICU break rules, which is the costly part.
let segmenter: Intl.Segmenter | null = null;

function getSegmenter(): Intl.Segmenter {
  segmenter ??= new Intl.Segmenter('en', { granularity: 'sentence' });
  return segmenter;
}

/** Raw `Intl.Segmenter` sentence boundaries of one paragraph, trimmed, in text offsets. */
function rawSegments(text: string, para: Span): Span[] {
  const out: Span[] = [];
  const slice = text.slice(para.start, para.end);
  for (const seg of getSegmenter().segment(slice)) {
    const start = para.start + seg.index;
    const span = trimSpan(text, start, start + seg.segment.length);
    if (span) out.push(span);
  }
  return out;
}

/**
 * Joins segments that the segmenter split wrongly: after an abbreviation or initial, and inside an open
 * quotation. A quotation still open at the paragraph's end is not merged, since news style often leaves a
 * multi-paragraph quote unclosed and merging would swallow the rest of the paragraph.
 */
function repair(text: string, segs: Span[]): Span[] {
  const out: Span[] = [];
  let i = 0;
  while (i < segs.length) {
    let cur = { ...segs[i] };
    let open = quoteBalance(text, cur.start, cur.end);
    let j = i + 1;
    while (j < segs.length) {
      const next = segs[j];
      if (isAbbreviationEnd(text, cur.end, next.start)) {
        open = quoteBalance(text, cur.start, next.end);
        cur = { start: cur.start, end: next.end };
        j++;
        continue;
      }
      if (open) {
        let k = j;
        let closed = false;
        while (k < segs.length && !closed) {
          closed = !quoteBalance(text, cur.start, segs[k].end);
          k++;
        }
        if (closed) {
          cur = { start: cur.start, end: segs[k - 1].end };
          open = false;
          j = k;
          continue;
        }
      }
      break;
    }
    out.push(cur);
    i = j;
  }
  return out;
}

/**
 * Splits `text` into sentence spans, ordered and non-overlapping, never crossing a paragraph. Pass the
 * article's paragraphs when known; otherwise line breaks delimit paragraphs.
 */
export function splitSentences(text: string, paragraphs?: Span[]): Span[] {
  const paras = paragraphs && paragraphs.length > 0 ? paragraphs : paragraphSpans(text);
  const out: Span[] = [];
  let last = 0;
  for (const p of paras) {
    const start = Math.max(p.start, last, 0);
    const end = Math.min(p.end, text.length);
    if (end <= start) continue;
    for (const s of repair(text, rawSegments(text, { start, end }))) out.push(s);
    last = end;
  }
  return out;
}

/** The sentences of `text` as strings, split as `splitSentences` splits them (line breaks end paragraphs). */
export function sentences(text: string): string[] {
  return splitSentences(text).map((s) => text.slice(s.start, s.end));
}
