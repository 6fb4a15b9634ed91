/**
 * Sentence units for claim extraction: Unicode sentence boundaries (UAX #29), repaired for news prose. Abbreviations and
 * initials do not end sentences, and a quotation that runs over several sentences stays in one unit with its
 * attribution, so that a claim carries its speaker. Units never cross paragraph boundaries.
 */
import type { Span } from '@/lib/types';
import { isAbbreviationEnd } from './sentences/abbreviations';
import { quoteBalance } from './sentences/quote-balance';

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

const isTerm = (c: number) => c === 46 || c === 33 || c === 63;
// Closing quotes and brackets stay with the sentence they close.
const isClose = (c: number) => c === 34 || c === 39 || c === 41 || c === 93 || c === 0x201d || c === 0x2019;
// After a full stop, these continue the sentence (Unicode SContinue): "approx., 5", "p.m.; then".
const isContinue = (c: number) =>
  c === 44 || c === 58 || c === 59 || c === 45 || c === 0x2013 || c === 0x2014;
const isLower = (c: number) => (c >= 97 && c <= 122) || (c >= 0xdf && c <= 0xff && c !== 0xf7);
const isUpper = (c: number) => (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xde && c !== 0xd7);
const isLetter = (c: number) =>
  isLower(c) ||
  isUpper(c) ||
  (c > 0xff && String.fromCharCode(c).toLowerCase() !== String.fromCharCode(c).toUpperCase());

/** After "." and spaces, a lower-case word continues the sentence even behind quotes or digits (Unicode SB8). */
function lowerFollows(text: string, from: number, end: number): boolean {
  for (let k = from; k < end; k++) {
    const c = text.charCodeAt(k);
    if (isTerm(c)) return false;
    if (isLetter(c))
      return isLower(c) || (c > 0xff && String.fromCharCode(c) === String.fromCharCode(c).toLowerCase());
  }
  return false;
}

/**
 * Sentence boundaries of one paragraph, trimmed, in text offsets: the Unicode sentence rules (UAX #29) that
 * matter for English prose, written out because `Intl.Segmenter` cost about a third of claim extraction.
 * Abbreviations are left to `repair`, as they were with the segmenter.
 */
function rawSegments(text: string, para: Span): Span[] {
  const out: Span[] = [];
  const end = para.end;
  let from = para.start;
  let i = para.start;
  const cut = (at: number) => {
    const span = trimSpan(text, from, at);
    if (span) out.push(span);
    from = at;
  };
  while (i < end) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) {
      cut(i + 1);
      i++;
      continue;
    }
    if (!isTerm(c)) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < end && isTerm(text.charCodeAt(j))) j++;
    while (j < end && isClose(text.charCodeAt(j))) j++;
    let k = j;
    while (k < end && isSpace(text.charCodeAt(k)) && text.charCodeAt(k) !== 10) k++;
    if (k >= end) break;
    const next = text.charCodeAt(k);
    const full = c === 46;
    if (k === j) {
      // No space: only "word.Next" breaks (not "U.S.Army", "3.5", "example.com").
      const prev = i > para.start ? text.charCodeAt(i - 1) : 0;
      if (c === 46 && isUpper(next) && isLower(prev) && j === i + 1) cut(j);
      else if (c !== 46 && isUpper(next)) cut(j);
      i = j;
      continue;
    }
    if (isContinue(next) || (full && lowerFollows(text, k, end))) {
      i = k;
      continue;
    }
    cut(k);
    i = k;
  }
  if (from < end) cut(end);
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
