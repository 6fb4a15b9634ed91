/**
 * Quoted spans of a sentence. Rule: a quotation counts when it has at least four words; shorter ones are
 * scare quotes or titles ('"red lines"'), which would only add noise to reworded-quote comparison. A
 * quotation left open at the end of a sentence (a multi-paragraph quote) runs to the sentence's end.
 */

import { letterRuns } from '@/lib/text/letters';
import type { Span } from '@/lib/types';

/** Minimum words for a quotation to count as a quote. */
export const MIN_QUOTE_WORDS = 4;

const QUOTE_MARK = /["\u201c\u201d]/g;

/** Quoted spans (quotation marks excluded) in text[start, end), offsets into `text`. */
export function findQuotes(text: string, start: number, end: number): Span[] {
  const out: Span[] = [];
  let open = -1;
  let curly = false;
  const push = (s: number, e: number) => {
    let a = s;
    let b = e;
    while (a < b && /\s/.test(text[a])) a++;
    while (b > a && /\s/.test(text[b - 1])) b--;
    if (b > a && letterRuns(text.slice(a, b)) >= MIN_QUOTE_WORDS) out.push({ start: a, end: b });
  };
  // Only quotation marks matter, so the scan jumps from one to the next.
  const slice = text.slice(Math.max(0, start), Math.max(0, end));
  QUOTE_MARK.lastIndex = 0;
  for (let m = QUOTE_MARK.exec(slice); m; m = QUOTE_MARK.exec(slice)) {
    const c = m[0];
    const i = Math.max(0, start) + m.index;
    if (open < 0 && (c === '"' || c === '“')) {
      open = i + 1;
      curly = c === '“';
    } else if (open >= 0 && ((curly && c === '”') || (!curly && c === '"'))) {
      push(open, i);
      open = -1;
    }
  }
  if (open >= 0) push(open, end);
  return out;
}
