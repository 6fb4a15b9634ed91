/**
 * Idf-weighted term overlap between claims, computed on interned, sorted term ids. Aligning two reports
 * looks up each claim's terms in an inverted index of the other report's claims, so only pairs that share
 * terms are scored: ranking 200 candidates stays cheap.
 */
import { type ClaimFeatures, termOf } from './features';
import { type DocFreq, idf } from './weights';

/** Claim pairs whose weighted term Jaccard is below this are never the same claim. */
export const TERM_GATE = 0.12;

// Term weights per claim, per frequency table: the current report's claims are weighed once per ranking.
const weightCache = new WeakMap<DocFreq, WeakMap<ClaimFeatures, { w: Float64Array; total: number }>>();

function weightsOf(f: ClaimFeatures, freq: DocFreq): { w: Float64Array; total: number } {
  let byClaim = weightCache.get(freq);
  if (!byClaim) {
    byClaim = new WeakMap();
    weightCache.set(freq, byClaim);
  }
  let hit = byClaim.get(f);
  if (!hit) {
    const w = new Float64Array(f.termIds.length);
    let total = 0;
    f.termIds.forEach((id, i) => {
      w[i] = idf(freq, termOf(id));
      total += w[i];
    });
    hit = { w, total };
    byClaim.set(f, hit);
  }
  return hit;
}

/** Idf-weighted Jaccard of two claims' terms, by merging their sorted term ids. */
export function termOverlap(a: ClaimFeatures, b: ClaimFeatures, freq: DocFreq): number {
  const wa = weightsOf(a, freq);
  const wb = weightsOf(b, freq);
  if (wa.total === 0 || wb.total === 0) return 0;
  const x = a.termIds;
  const y = b.termIds;
  let i = 0;
  let j = 0;
  let shared = 0;
  while (i < x.length && j < y.length) {
    if (x[i] === y[j]) {
      shared += wa.w[i];
      i++;
      j++;
    } else if (x[i] < y[j]) i++;
    else j++;
  }
  return shared / (wa.total + wb.total - shared);
}

interface Postings {
  byTerm: Map<number, { i: number; w: number }[]>;
  totals: Float64Array;
}

const postingsCache = new WeakMap<DocFreq, WeakMap<ClaimFeatures[], Postings>>();

function postingsOf(claims: ClaimFeatures[], freq: DocFreq): Postings {
  let byList = postingsCache.get(freq);
  if (!byList) {
    byList = new WeakMap();
    postingsCache.set(freq, byList);
  }
  let hit = byList.get(claims);
  if (!hit) {
    const byTerm = new Map<number, { i: number; w: number }[]>();
    const totals = new Float64Array(claims.length);
    claims.forEach((f, i) => {
      const { w, total } = weightsOf(f, freq);
      totals[i] = total;
      f.termIds.forEach((id, k) => {
        const list = byTerm.get(id);
        if (list) list.push({ i, w: w[k] });
        else byTerm.set(id, [{ i, w: w[k] }]);
      });
    });
    hit = { byTerm, totals };
    byList.set(claims, hit);
  }
  return hit;
}

/** Every claim pair (i in `a`, j in `b`) whose weighted term Jaccard reaches `TERM_GATE`. */
export function termOverlaps(
  a: ClaimFeatures[],
  b: ClaimFeatures[],
  freq: DocFreq,
): { i: number; j: number; terms: number }[] {
  const { byTerm, totals } = postingsOf(a, freq);
  const out: { i: number; j: number; terms: number }[] = [];
  const shared = new Float64Array(a.length);
  const touched: number[] = [];
  b.forEach((fb, j) => {
    for (const id of fb.termIds) {
      for (const { i, w } of byTerm.get(id) ?? []) {
        if (shared[i] === 0) touched.push(i);
        shared[i] += w;
      }
    }
    const totalB = weightsOf(fb, freq).total;
    for (const i of touched) {
      const terms = shared[i] / (totals[i] + totalB - shared[i]);
      if (terms >= TERM_GATE) out.push({ i, j, terms });
      shared[i] = 0;
    }
    touched.length = 0;
  });
  return out;
}
