/**
 * Quoted spans of a sentence. Rule: a quotation counts when it has at least four words; shorter ones are
 * scare quotes or titles ('"red lines"'), which would only add noise to reworded-quote comparison. A
 * quotation left open at the end of a sentence (a multi-paragraph quote) runs to the sentence's end.
 */
import type { Span } from '@/lib/types';

/** Minimum words for a quotation to count as a quote. */
export const MIN_QUOTE_WORDS = 4;

const WORD_RE = /[\p{L}\p{N}]+/gu;

function wordCount(s: string): number {
  WORD_RE.lastIndex = 0;
  let n = 0;
  while (WORD_RE.exec(s)) n++;
  return n;
}

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
    if (b > a && wordCount(text.slice(a, b)) >= MIN_QUOTE_WORDS) out.push({ start: a, end: b });
  };
  for (let i = start; i < end; i++) {
    const c = text[i];
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
