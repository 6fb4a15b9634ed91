/**
 * Shared wording between two texts: the longest common run of words, the share of one text's 5-word
 * shingles found in the other (verbatim reuse), and the share of its sentences that have a close
 * counterpart in the other (paraphrased reuse, as in a summary).
 */
import { sentences } from '@/lib/text/sentences';
import { contentTerms, wordingTokens } from '@/lib/text/terms';
import { buildDocFreq, type DocFreq, weightedContainment } from './weights';

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

function longestRun(a: string[], where: Map<string, number[]>): { length: number; end: number } {
  // Extend matches along b's word positions: O(n·k) on real text, where k is a word's frequency in b.
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

/** What wording comparison needs from one text, computed once per text. */
interface WordingProfile {
  tokens: string[];
  shingles: Set<string>;
  /** Positions of each word, for the longest common run. */
  where: Map<string, number[]>;
  sentences: Set<string>[];
  /** The sentences as written, parallel to `sentences`. */
  sentenceTexts: string[];
  /** Each sentence, and each pair of adjacent sentences merged. */
  windows: Set<string>[];
}

const profiles = new Map<string, WordingProfile>();

function profileOf(text: string): WordingProfile {
  const hit = profiles.get(text);
  if (hit) return hit;
  const tokens = wordingTokens(text);
  const where = new Map<string, number[]>();
  tokens.forEach((w, j) => {
    const list = where.get(w);
    if (list) list.push(j);
    else where.set(w, [j]);
  });
  const split = sentences(text)
    .map((x) => ({ x, terms: new Set(contentTerms(x)) }))
    .filter(({ terms }) => terms.size >= 3);
  const sents = split.map((s) => s.terms);
  const profile = {
    tokens,
    shingles: shingles(tokens),
    where,
    sentences: sents,
    sentenceTexts: split.map((s) => s.x),
    windows: [...sents, ...sents.slice(1).map((t, i) => new Set([...sents[i], ...t]))],
  };
  if (profiles.size >= 500) profiles.delete(profiles.keys().next().value ?? '');
  profiles.set(text, profile);
  return profile;
}

/** Document frequencies over the sentences of several texts, to share across many `sharedWording` calls. */
export function sentenceDocFreq(texts: string[]): DocFreq {
  return buildDocFreq(texts.flatMap((t) => profileOf(t).sentences));
}

/**
 * Measures how much of `a`'s wording and content reappears in `b`. Sentence terms are weighed by `freq`
 * (by default, over the sentences of the two texts).
 */
export function sharedWording(a: string, b: string, freq?: DocFreq): SharedWording {
  const pa = profileOf(a);
  const pb = profileOf(b);
  let inB = 0;
  for (const s of pa.shingles) if (pb.shingles.has(s)) inB++;
  const run = longestRun(pa.tokens, pb.where);
  const f = freq ?? buildDocFreq([...pa.sentences, ...pb.sentences]);
  let covered = 0;
  for (const s of pa.sentences)
    if (pb.windows.some((t) => weightedContainment(s, t, f) >= SENTENCE_MATCH)) covered++;
  return {
    longestRun: run.length,
    longestRunText: pa.tokens.slice(run.end - run.length, run.end).join(' '),
    containment: pa.shingles.size === 0 ? 0 : inB / pa.shingles.size,
    sentenceCover: pa.sentences.length === 0 ? 0 : covered / pa.sentences.length,
    sentencesCovered: covered,
    sentenceCount: pa.sentences.length,
  };
}

/** The sentence of `text` that best covers `terms` (idf-weighted containment ≥ the sentence match), or null. */
export function coveringSentence(terms: ReadonlySet<string>, text: string, freq: DocFreq): string | null {
  const p = profileOf(text);
  let best = -1;
  let bestScore = SENTENCE_MATCH;
  p.sentences.forEach((s, i) => {
    const c = weightedContainment(terms, s, freq);
    if (c >= bestScore) {
      bestScore = c;
      best = i;
    }
  });
  return best < 0 ? null : p.sentenceTexts[best];
}

/** Word count of a text. */
export function wordCount(text: string): number {
  return wordingTokens(text).length;
}
