/**
 * Term weighting: document frequencies, idf, weighted Jaccard and tf-idf cosine. Rare terms (and rare
 * actors) carry the comparison; terms every report shares ("militia", "United States") count for little.
 */

/** How many documents contain each term, over a collection of `n` documents. */
export interface DocFreq {
  n: number;
  df: Map<string, number>;
  /** Memoised idf values: ranking asks for the same terms thousands of times. */
  idfCache?: Map<string, number>;
}

/** Counts document frequencies over term sets (one set per document). */
export function buildDocFreq(docs: Iterable<Iterable<string>>): DocFreq {
  const df = new Map<string, number>();
  let n = 0;
  for (const doc of docs) {
    n++;
    for (const t of new Set(doc)) df.set(t, (df.get(t) ?? 0) + 1);
  }
  return { n, df };
}

/** Smoothed idf: unseen terms get the highest weight, terms in every document keep a small positive one. */
export function idf(freq: DocFreq, term: string): number {
  freq.idfCache ??= new Map();
  let w = freq.idfCache.get(term);
  if (w === undefined) {
    w = Math.log(1 + (freq.n + 1) / ((freq.df.get(term) ?? 0) + 0.5));
    freq.idfCache.set(term, w);
  }
  return w;
}

/** Weighted Jaccard of two term sets: Σ idf(shared) / Σ idf(union). */
export function weightedJaccard(a: ReadonlySet<string>, b: ReadonlySet<string>, freq: DocFreq): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  let union = 0;
  for (const t of a) {
    const w = idf(freq, t);
    union += w;
    if (b.has(t)) shared += w;
  }
  for (const t of b) if (!a.has(t)) union += idf(freq, t);
  return union === 0 ? 0 : shared / union;
}

/** Weighted share of `a`'s terms that occur in `b`: Σ idf(a ∩ b) / Σ idf(a). */
export function weightedContainment(a: ReadonlySet<string>, b: ReadonlySet<string>, freq: DocFreq): number {
  let shared = 0;
  let total = 0;
  for (const t of a) {
    const w = idf(freq, t);
    total += w;
    if (b.has(t)) shared += w;
  }
  return total === 0 ? 0 : shared / total;
}

/** A sparse, L2-normalised vector. */
export type SparseVector = Map<string, number>;

/** Term counts of a token list. */
export function termCounts(tokens: Iterable<string>): Map<string, number> {
  const tf = new Map<string, number>();
  for (const t of tokens) tf.set(t, (tf.get(t) ?? 0) + 1);
  return tf;
}

/** Sublinear term weights (1 + ln tf), computed once per report. */
export function sublinearTf(tf: ReadonlyMap<string, number>): Map<string, number> {
  const out = new Map<string, number>();
  for (const [t, c] of tf) out.set(t, 1 + Math.log(c));
  return out;
}

/** Builds an L2-normalised tf-idf vector from sublinear term weights (see `sublinearTf`). */
export function tfidfVector(tfw: ReadonlyMap<string, number>, freq: DocFreq): SparseVector {
  const v: SparseVector = new Map();
  let norm = 0;
  for (const [t, c] of tfw) {
    const w = c * idf(freq, t);
    v.set(t, w);
    norm += w * w;
  }
  norm = Math.sqrt(norm);
  if (norm > 0) for (const [t, w] of v) v.set(t, w / norm);
  return v;
}

/** Cosine of two L2-normalised sparse vectors. */
export function cosine(a: SparseVector, b: SparseVector): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let dot = 0;
  for (const [t, w] of small) {
    const o = large.get(t);
    if (o !== undefined) dot += w * o;
  }
  return dot;
}
