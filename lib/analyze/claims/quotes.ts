/**
 * Quoted spans of a sentence. Rule: a quotation counts when it has at least four words; shorter ones are
 * scare quotes or titles ('"red lines"'), which would only add noise to reworded-quote comparison, unless the
 * quotation is a whole sentence ('“Stop it.”'), which is speech however short. A
 * quotation left open at the end of a sentence (a multi-paragraph quote) runs to the sentence's end.
 */

import { letterRuns } from '@/lib/text/letters';
import type { Span } from '@/lib/types';

/** Minimum words for a quotation to count as a quote. */
export const MIN_QUOTE_WORDS = 4;

const QUOTE_MARK = /["\u201c\u201d]/g;

/**
 * Quoted spans (quotation marks excluded) in text[start, end), offsets into `text`. With `openAtStart`, the
 * range begins inside a quotation that an earlier sentence opened. Any closing mark closes an open quote:
 * pages mix curly and straight marks ("“I find it disturbing," he said).
 */
export function findQuotes(text: string, start: number, end: number, openAtStart = false): Span[] {
  const out: Span[] = [];
  let open = openAtStart ? start : -1;
  const push = (s: number, e: number) => {
    let a = s;
    let b = e;
    while (a < b && /\s/.test(text[a])) a++;
    while (b > a && /\s/.test(text[b - 1])) b--;
    if (b <= a) return;
    // '“God help us.”': a whole quoted sentence is speech however short; only a fragment can be a scare quote.
    const whole = /[.!?]$/.test(text.slice(a, b)) && /^[\s"“]*$/.test(text.slice(Math.max(0, start), a));
    if (whole || letterRuns(text.slice(a, b)) >= MIN_QUOTE_WORDS) out.push({ start: a, end: b });
  };
  // Only quotation marks matter, so the scan jumps from one to the next.
  const slice = text.slice(Math.max(0, start), Math.max(0, end));
  QUOTE_MARK.lastIndex = 0;
  for (let m = QUOTE_MARK.exec(slice); m; m = QUOTE_MARK.exec(slice)) {
    const c = m[0];
    const i = Math.max(0, start) + m.index;
    if (open < 0 && (c === '"' || c === '“')) open = i + 1;
    else if (open >= 0 && c !== '“') {
      push(open, i);
      open = -1;
    }
  }
  if (open >= 0) push(open, end);
  return out;
}

/** True when a quotation is open at `end`, given whether one was open at `start`; any closing mark closes it. */
export function quoteOpenAfter(text: string, start: number, end: number, openAtStart: boolean): boolean {
  let open = openAtStart;
  const slice = text.slice(Math.max(0, start), Math.max(0, end));
  QUOTE_MARK.lastIndex = 0;
  for (let m = QUOTE_MARK.exec(slice); m; m = QUOTE_MARK.exec(slice)) {
    if (!open) open = m[0] !== '”';
    else if (m[0] !== '“') open = false;
  }
  return open;
}
