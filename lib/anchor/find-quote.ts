import search from 'approx-string-match';
import type { TextQuoteSelector } from '@/lib/types';
import { normaliseText } from './normalise';

/** Where a quote was found in a normalised text. */
export interface QuoteMatch {
  start: number;
  end: number;
  /** Edit distance of an approximate match; 0 for an exact one. */
  errors: number;
}

/** Largest share of a quote's length that may differ in an approximate match. */
export const MAX_ERROR_RATE = 0.1;
/** Quotes shorter than this are never matched approximately: too many false hits. */
const MIN_APPROX_LENGTH = 12;
/** Beyond this many exact hits, the rest are ignored (a very common word is not worth scoring). */
const MAX_CANDIDATES = 400;
/** Approximate search first looks this far around the hint before scanning the whole text. */
const WINDOW = 4000;
/**
 * Largest whole-text approximate search, in text characters × 32-character pattern blocks (the bit-parallel
 * search's cost). Beyond it the quote is left an orphan rather than holding the page's main thread: a search
 * three times this size took over 100 ms in a page on a busy 2-core machine.
 */
const MAX_APPROX_WORK = 1_000_000;

function commonSuffix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
}

function commonPrefix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

function contextScore(text: string, start: number, end: number, prefix: string, suffix: string): number {
  const before = text.slice(Math.max(0, start - prefix.length - 1), start).trimEnd();
  const after = text.slice(end, end + suffix.length + 1).trimStart();
  return commonSuffix(prefix.trimEnd(), before) + commonPrefix(suffix.trimStart(), after);
}

// A far-away hit loses to a near one only when context does not decide: the penalty stays small.
function distancePenalty(start: number, hint: number | undefined): number {
  return hint === undefined ? 0 : Math.min(Math.abs(start - hint) / 400, 16);
}

/**
 * Finds a text-quote selector in a normalised text: exact hits disambiguated by prefix/suffix and
 * nearness to `hint` (an offset into `text`), then an approximate match with at most 10% errors.
 */
export function findQuote(text: string, selector: TextQuoteSelector, hint?: number): QuoteMatch | null {
  const exact = normaliseText(selector.exact).trim();
  if (!exact) return null;
  const prefix = normaliseText(selector.prefix);
  const suffix = normaliseText(selector.suffix);
  // Near the hint first: in reading order the next quote is usually close, and a common word ("US")
  // then costs a few comparisons instead of a scan of every occurrence on the page.
  if (hint !== undefined && Number.isFinite(hint)) {
    const local = bestExact(text, exact, prefix, suffix, hint, Math.max(0, hint - WINDOW), hint + WINDOW);
    const enough = 0.6 * (prefix.trim().length + suffix.trim().length);
    if (local && local.score >= enough) return local.match;
  }
  const best = bestExact(text, exact, prefix, suffix, hint, 0, text.length)?.match ?? null;
  if (best || exact.length < MIN_APPROX_LENGTH) return best;
  return findApprox(text, exact, hint);
}

function bestExact(
  text: string,
  exact: string,
  prefix: string,
  suffix: string,
  hint: number | undefined,
  from: number,
  to: number,
): { match: QuoteMatch; score: number } | null {
  let best: { match: QuoteMatch; score: number } | null = null;
  let seen = 0;
  for (
    let at = text.indexOf(exact, from);
    at !== -1 && at <= to && seen < MAX_CANDIDATES;
    at = text.indexOf(exact, at + 1)
  ) {
    seen++;
    const end = at + exact.length;
    const score = contextScore(text, at, end, prefix, suffix) - distancePenalty(at, hint);
    if (!best || score > best.score) best = { match: { start: at, end, errors: 0 }, score };
  }
  return best;
}

function findApprox(text: string, exact: string, hint: number | undefined): QuoteMatch | null {
  const maxErrors = Math.floor(exact.length * MAX_ERROR_RATE);
  if (hint !== undefined) {
    const from = Math.max(0, hint - WINDOW);
    const local = bestApprox(text.slice(from, hint + exact.length + WINDOW), exact, maxErrors, hint - from);
    if (local) return { start: local.start + from, end: local.end + from, errors: local.errors };
  }
  if (text.length * Math.ceil(exact.length / 32) > MAX_APPROX_WORK) return null;
  return bestApprox(text, exact, maxErrors, hint);
}

function bestApprox(text: string, exact: string, maxErrors: number, hint?: number): QuoteMatch | null {
  let best: QuoteMatch | null = null;
  for (const m of search(text, exact, maxErrors)) {
    const better =
      !best ||
      m.errors < best.errors ||
      (m.errors === best.errors && distancePenalty(m.start, hint) < distancePenalty(best.start, hint));
    if (better) best = m;
  }
  if (!best) return null;
  // Trim spaces the edit distance let in at either edge, so the range starts and ends on real characters.
  let { start, end } = best;
  while (start < end && text[start] === ' ') start++;
  while (end > start && text[end - 1] === ' ') end--;
  return start < end ? { start, end, errors: best.errors } : null;
}
