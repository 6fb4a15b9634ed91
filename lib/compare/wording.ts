/**
 * Shared wording between two texts: the longest common run of words, the share of one text's 5-word
 * shingles found in the other (verbatim reuse), and the share of its sentences that have a close
 * counterpart in the other (paraphrased reuse, as in a summary).
 */
import { contentTerms, sentences, wordingTokens } from './terms';
import { buildDocFreq, weightedContainment } from './weights';

const SHINGLE = 5;
/**
 * A sentence counts as covered when this idf-weighted share of its terms occurs in one sentence, or two
 * adjacent sentences, of the other text: summaries merge and paraphrase, so containment (not Jaccard) is
 * measured, and generic terms weigh little.
 */
export const SENTENCE_MATCH = 0.5;

/** Wording shared by `a` with `b`, seen from `a`'s side. */
export interface SharedWording {
  /** Longest run of identical consecutive words. */
  longestRun: number;
  /** The run itself, for display. */
  longestRunText: string;
  /** Share of `a`'s 5-word shingles that occur in `b`. */
  containment: number;
  /** Share of `a`'s sentences with a close counterpart in `b`. */
  sentenceCover: number;
  sentencesCovered: number;
  sentenceCount: number;
}

function shingles(tokens: string[]): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i + SHINGLE <= tokens.length; i++) out.add(tokens.slice(i, i + SHINGLE).join(' '));
  return out;
}

function longestRun(a: string[], b: string[]): { length: number; end: number } {
  // Index b's word positions, then extend matches: O(n·k) on real text, where k is a word's frequency.
  const where = new Map<string, number[]>();
  b.forEach((w, j) => {
    const list = where.get(w);
    if (list) list.push(j);
    else where.set(w, [j]);
  });
  let prev = new Map<number, number>();
  let best = { length: 0, end: 0 };
  for (let i = 0; i < a.length; i++) {
    const cur = new Map<number, number>();
    for (const j of where.get(a[i]) ?? []) {
      const len = (prev.get(j - 1) ?? 0) + 1;
      cur.set(j, len);
      if (len > best.length) best = { length: len, end: i + 1 };
    }
    prev = cur;
  }
  return best;
}

/** Measures how much of `a`'s wording and content reappears in `b`. */
export function sharedWording(a: string, b: string): SharedWording {
  const ta = wordingTokens(a);
  const tb = wordingTokens(b);
  const sa = shingles(ta);
  const sb = shingles(tb);
  let inB = 0;
  for (const s of sa) if (sb.has(s)) inB++;
  const run = longestRun(ta, tb);
  const sentA = sentences(a)
    .map((s) => new Set(contentTerms(s)))
    .filter((s) => s.size >= 3);
  const sentB = sentences(b)
    .map((s) => new Set(contentTerms(s)))
    .filter((s) => s.size >= 3);
  const freq = buildDocFreq([...sentA, ...sentB]);
  const windows = [...sentB, ...sentB.slice(1).map((t, i) => new Set([...sentB[i], ...t]))];
  let covered = 0;
  for (const s of sentA)
    if (windows.some((t) => weightedContainment(s, t, freq) >= SENTENCE_MATCH)) covered++;
  return {
    longestRun: run.length,
    longestRunText: ta.slice(run.end - run.length, run.end).join(' '),
    containment: sa.size === 0 ? 0 : inB / sa.size,
    sentenceCover: sentA.length === 0 ? 0 : covered / sentA.length,
    sentencesCovered: covered,
    sentenceCount: sentA.length,
  };
}

/** Word count of a text. */
export function wordCount(text: string): number {
  return wordingTokens(text).length;
}
