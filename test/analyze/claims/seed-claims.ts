/** Test helper: claim precision/recall and source-kind accuracy on the five seeds against hand-made gold. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { getDefaultLexicon } from '@/lib/analyze/actors/default-lexicon';
import { findActors } from '@/lib/analyze/actors/find-actors';
import { extractClaims } from '@/lib/analyze/claims';
import { claimId } from '@/lib/analyze/claims/fingerprint';
import { articleFromText } from '@/lib/extract/from-text';
import type { Span } from '@/lib/types';
import { corpusDir } from '../../corpus';

interface GoldClaim extends Span {
  hash: string;
  source: string;
  kinds: string[];
}

/** Counts and figures of the seed claims. */
export interface SeedClaimScore {
  tp: number;
  predicted: number;
  gold: number;
  precision: number;
  recall: number;
  f1: number;
  sourceAccuracy: number;
  /** Gold spans whose text no longer hashes to the gold's hash (a changed normaliser). */
  staleGold: string[];
}

const goldDir = join(import.meta.dirname, '../../fixtures/gold/claims');

function overlapOfShorter(a: Span, b: Span): number {
  const inter = Math.min(a.end, b.end) - Math.max(a.start, b.start);
  return inter <= 0 ? 0 : inter / Math.min(a.end - a.start, b.end - b.start);
}

/** Score the claim extractor on the five seeds (the corpus must be present). */
export function scoreSeedClaims(): SeedClaimScore {
  let tp = 0;
  let predicted = 0;
  let gold = 0;
  let sourceRight = 0;
  const staleGold: string[] = [];
  for (const file of readdirSync(goldDir).filter((f) => f.endsWith('.json'))) {
    const g = JSON.parse(readFileSync(join(goldDir, file), 'utf8')) as { seed: string; claims: GoldClaim[] };
    const raw = readFileSync(join(corpusDir, 'seeds', `${g.seed}.txt`), 'utf8');
    const article = articleFromText(raw, `https://example.com/${g.seed}.txt`);
    // The gold is anchored to offsets; a changed normaliser must fail loudly, not score silently.
    for (const c of g.claims)
      if (claimId(0, article.text.slice(c.start, c.end)) !== c.hash) staleGold.push(`${g.seed}@${c.start}`);
    const claims = extractClaims(article, findActors(article, getDefaultLexicon()));
    const used = new Set<number>();
    for (const gc of g.claims) {
      const k = claims.findIndex((p, i) => !used.has(i) && overlapOfShorter(p, gc) >= 0.5);
      if (k < 0) continue;
      used.add(k);
      tp++;
      if (claims[k].source.kind === gc.source) sourceRight++;
    }
    predicted += claims.length;
    gold += g.claims.length;
  }
  const precision = tp / predicted;
  const recall = tp / gold;
  const f1 = (2 * precision * recall) / (precision + recall);
  return { tp, predicted, gold, precision, recall, f1, sourceAccuracy: sourceRight / tp, staleGold };
}
