/**
 * Claim alignment: which claim of one report states the same thing as which claim of another. Similarity
 * mixes idf-weighted term overlap, shared actors, shared quote words and shared figure units; pairs are
 * assigned one-to-one, greedily by similarity, above a threshold tuned on rewritten pairs and non-pairs
 * (see test/compare/align.test.ts).
 */
import { TERM_GATE, termOverlap, termOverlaps } from './claim-overlap';
import { type ClaimFeatures, reportFeatures } from './features';
import type { Alignment, ClaimPair, ComparableReport } from './types';
import { buildDocFreq, type DocFreq } from './weights';

/** Pairs below this similarity are not the same claim. */
export const ALIGN_THRESHOLD = 0.3;
/** Quote content-word Jaccard below which two quoting claims quote different words. */
export const DIFFERENT_QUOTES = 0.15;
/** The similarity given to claims that are only related (different quotations of one speech). */
const RELATED_ONLY = 0.2;

/** Options for alignment. */
export interface AlignOptions {
  /** Document frequencies of claim terms; by default computed over the claims of the two reports. */
  docFreq?: DocFreq;
  threshold?: number;
}

function setJaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 && b.size === 0) return 0;
  let shared = 0;
  for (const x of a) if (b.has(x)) shared++;
  return shared / (a.size + b.size - shared);
}

/**
 * Similarity of two claims in [0, 1]. Components that neither claim has (no quotes on either side, no
 * figures on either side) are left out rather than counted as disagreement.
 */
export function claimSimilarity(a: ClaimFeatures, b: ClaimFeatures, freq: DocFreq): number {
  return combineSimilarity(a, b, termOverlap(a, b, freq));
}

/** Mixes a claim pair's term overlap with its shared actors, quote words and units. */
function combineSimilarity(a: ClaimFeatures, b: ClaimFeatures, terms: number): number {
  // Term overlap is the gate: two claims that only share an actor or a unit are different claims.
  if (terms < TERM_GATE) return terms;
  let total = 0.65 * terms;
  let weight = 0.65;
  if (a.actors.size > 0 || b.actors.size > 0) {
    total += 0.15 * setJaccard(a.actors, b.actors);
    weight += 0.15;
  }
  if (a.quoteWords.size > 0 && b.quoteWords.size > 0) {
    const quotes = setJaccard(a.quoteWords, b.quoteWords);
    const content = setJaccard(a.quoteTerms, b.quoteTerms);
    // Quotations are verbatim: two claims quoting different words report different statements.
    if (content < DIFFERENT_QUOTES) return Math.min(terms, RELATED_ONLY);
    total += 0.15 * quotes;
    weight += 0.15;
  }
  if (a.units.size > 0 && b.units.size > 0) {
    total += 0.1 * setJaccard(a.units, b.units);
    weight += 0.1;
  }
  return total / weight;
}

/** Document frequencies of claim terms over the claims of the given reports. */
export function claimDocFreq(reports: ComparableReport[]): DocFreq {
  return buildDocFreq(reports.flatMap((r) => reportFeatures(r).claims.map((c) => c.terms)));
}

/** Aligns the claims of `a` (here) with those of `b` (there), one to one, greedily by similarity. */
export function alignClaims(a: ComparableReport, b: ComparableReport, options: AlignOptions = {}): Alignment {
  const fa = reportFeatures(a).claims;
  const fb = reportFeatures(b).claims;
  const freq = options.docFreq ?? claimDocFreq([a, b]);
  const threshold = options.threshold ?? ALIGN_THRESHOLD;
  const candidates: { i: number; j: number; s: number }[] = [];
  for (const { i, j, terms } of termOverlaps(fa, fb, freq)) {
    const s = combineSimilarity(fa[i], fb[j], terms);
    if (s >= threshold) candidates.push({ i, j, s });
  }
  candidates.sort((x, y) => y.s - x.s || x.i - y.i || x.j - y.j);
  const usedA = new Set<number>();
  const usedB = new Set<number>();
  const pairs: ClaimPair[] = [];
  for (const { i, j, s } of candidates) {
    if (usedA.has(i) || usedB.has(j)) continue;
    usedA.add(i);
    usedB.add(j);
    pairs.push({ here: fa[i].claim, there: fb[j].claim, similarity: Math.round(s * 1000) / 1000 });
  }
  pairs.sort((x, y) => x.here.start - y.here.start);
  return {
    pairs,
    onlyHere: fa.filter((_, i) => !usedA.has(i)).map((f) => f.claim),
    onlyThere: fb.filter((_, j) => !usedB.has(j)).map((f) => f.claim),
  };
}
