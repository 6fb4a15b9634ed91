/** Body-text scoring as scrapinghub's article-extraction-benchmark does it: word tokens, multiset overlap, per-page fractions averaged. */

/** Precision, recall and F1 of one or many pages. */
export interface F1Score {
  precision: number;
  recall: number;
  f1: number;
}

/** Word tokens (Unicode letters, digits, underscore), lower-cased. */
export function wordTokens(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}\p{M}_]+/gu) ?? [];
}

function counts(tokens: string[], n: number): Map<string, number> {
  const m = new Map<string, number>();
  const last = Math.max(1, tokens.length - n + 1);
  for (let i = 0; i < last; i++) {
    const key = tokens.slice(i, i + n).join(' ');
    if (key) m.set(key, (m.get(key) ?? 0) + 1);
  }
  return m;
}

/** True positives, false positives and false negatives of one page, as fractions summing to 1 (0,0,0 when both are empty). */
export function pageCounts(truth: string, pred: string, n = 1): [number, number, number] {
  const t = counts(wordTokens(truth), n);
  const p = counts(wordTokens(pred), n);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const key of new Set([...t.keys(), ...p.keys()])) {
    const a = t.get(key) ?? 0;
    const b = p.get(key) ?? 0;
    tp += Math.min(a, b);
    fp += Math.max(0, b - a);
    fn += Math.max(0, a - b);
  }
  const s = tp + fp + fn;
  return s > 0 ? [tp / s, fp / s, fn / s] : [0, 0, 0];
}

/** Corpus score: per-page fractions are summed, so every page weighs the same whatever its length. */
export function corpusF1(pairs: { truth: string; pred: string }[], n = 1): F1Score {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const { truth, pred } of pairs) {
    const [a, b, c] = pageCounts(truth, pred, n);
    tp += a;
    fp += b;
    fn += c;
  }
  const precision = tp + fp > 0 ? tp / (tp + fp) : 0;
  const recall = tp + fn > 0 ? tp / (tp + fn) : 0;
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1 };
}
