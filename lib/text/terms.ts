/**
 * Words and terms: what the analyser's claim fingerprints, the comparison engine and the store's search
 * index are made of. One definition, so a term found in a claim at analysis time is the term the index
 * holds for a saved report and the term a comparison counts.
 */
import { stem } from './stem';
import { isStopword } from './stopwords';
import { wordsOf } from './tokenize';

const LETTER_RUN = /[\p{L}\p{N}]+/gu;

/**
 * Lower-cased runs of letters and numbers, compatibility forms unified (NFKC), punctuation dropped: the
 * words that near-duplicate shingles, version diffs and wording comparisons see.
 */
export function words(text: string): string[] {
  return text.normalize('NFKC').toLowerCase().match(LETTER_RUN) ?? [];
}

/** Words of a text for wording comparisons: apostrophes dropped ("don't" is one word), stopwords kept. */
export function wordingTokens(text: string): string[] {
  return words(text.replace(/[’']/g, ''));
}

// Words repeat across sentences and articles; the stopword test and stemming run once per distinct word.
const termCache = new Map<string, string | null>();
const TERM_CACHE_MAX = 50_000;

/**
 * The content term of one word as `wordsOf` gives it (folded, lower-case): its stem, possessive "'s"
 * dropped; null for stopwords, one-letter words and numbers.
 */
export function termOf(w: string): string | null {
  let t = termCache.get(w);
  if (t !== undefined) return t;
  const c = w.charCodeAt(0);
  const possessive = w.endsWith("'s") || w.endsWith('’s');
  t = w.length < 2 || isStopword(w) || (c >= 48 && c <= 57) ? null : stem(possessive ? w.slice(0, -2) : w);
  if (termCache.size >= TERM_CACHE_MAX) termCache.clear();
  termCache.set(w, t);
  return t;
}

/** The content terms of a text, in order, with repeats: what claim fingerprints are made of. */
export function termsOf(text: string): string[] {
  const out: string[] = [];
  for (const w of wordsOf(text)) {
    const t = termOf(w);
    if (t !== null) out.push(t);
  }
  return out;
}

/**
 * Terms for comparing and indexing texts: `termsOf`'s stems, numbers of two or more digits kept as written
 * (two reports that both say "34" share a term), and each part of a hyphenated word as a term of its own too ("iran-backed" gives
 * "iran-back", "iran" and "back"), so a search for a part finds the compound.
 */
export function contentTerms(text: string): string[] {
  const out: string[] = [];
  for (const w of wordsOf(text)) {
    pushTerm(out, w);
    if (w.includes('-')) for (const part of w.split('-')) pushTerm(out, part);
  }
  return out;
}

function pushTerm(out: string[], w: string): void {
  const c = w.charCodeAt(0);
  if (c >= 48 && c <= 57) {
    if (w.length > 1) out.push(w);
  } else {
    const t = termOf(w);
    if (t !== null) out.push(t);
  }
}
