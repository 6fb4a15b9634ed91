/**
 * Quotation handling: getting a claim's quoted words and judging whether two quotes are the same
 * quotation reworded (similar words, not identical) with a word-level diff to show the change.
 */
import { diffWordsWithSpace } from 'diff';
import { wordingTokens } from '@/lib/text/terms';
import type { Claim } from '@/lib/types';
import type { DiffPart } from './types';

/** Quote word similarity at or above which two different quotes count as the same quotation reworded. */
export const REWORDED_QUOTE_THRESHOLD = 0.4;

const QUOTE_RE = /[“"]([^”"]{3,}?)[”"]/g;

/**
 * The quoted strings of a claim. Uses the claim's quote spans into the article text; falls back to
 * quotation marks inside the claim text when the spans are missing or do not fit the text.
 */
export function quoteTexts(articleText: string, claim: Claim): string[] {
  const fromSpans = claim.quotes
    .filter((q) => q.end > q.start && q.end <= articleText.length)
    // American style puts the sentence's comma or stop inside the quotation marks: not part of the words.
    .map((q) =>
      articleText
        .slice(q.start, q.end)
        .trim()
        .replace(/[,.;:]+$/, ''),
    )
    .filter((q) => q.length > 0);
  if (fromSpans.length > 0) return fromSpans;
  return [...claim.text.matchAll(QUOTE_RE)].map((m) => m[1].trim());
}

/** Normalises a quote for identity checks: case, curly quotes, punctuation and spacing ignored. */
export function normaliseQuote(q: string): string {
  return wordingTokens(q).join(' ');
}

/** Dice coefficient of two quotes' word multisets (stopwords kept: wording is what changes). */
export function quoteSimilarity(a: string, b: string): number {
  const wa = wordingTokens(a);
  const wb = wordingTokens(b);
  if (wa.length === 0 || wb.length === 0) return 0;
  const counts = new Map<string, number>();
  for (const w of wa) counts.set(w, (counts.get(w) ?? 0) + 1);
  let shared = 0;
  for (const w of wb) {
    const c = counts.get(w) ?? 0;
    if (c > 0) {
      shared++;
      counts.set(w, c - 1);
    }
  }
  return (2 * shared) / (wa.length + wb.length);
}

/**
 * Word-level diff from `there` (older wording) to `here` (current wording). jsdiff's whitespace-aware
 * variant is used because plain `diffWords` folds spaces into changes, so the kept and removed parts no
 * longer spell out the older quote ("account at" came back as "accountat").
 */
export function quoteDiff(there: string, here: string): DiffPart[] {
  return diffWordsWithSpace(there, here).map((p) => ({
    value: p.value,
    added: p.added === true,
    removed: p.removed === true,
  }));
}
