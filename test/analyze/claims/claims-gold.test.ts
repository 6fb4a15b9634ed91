import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { getDefaultLexicon } from '@/lib/analyze/actors/default-lexicon';
import { findActors } from '@/lib/analyze/actors/find-actors';
import { extractClaims } from '@/lib/analyze/claims';
import { claimId } from '@/lib/analyze/claims/fingerprint';
import { articleFromText } from '@/lib/extract/from-text';
import type { Span } from '@/lib/types';
import { corpusDir, corpusSkipReason, hasCorpus } from '../../corpus';

interface GoldClaim extends Span {
  hash: string;
  source: string;
  kinds: string[];
}

const goldDir = join(import.meta.dirname, '../../fixtures/gold/claims');

function overlapOfShorter(a: Span, b: Span): number {
  const inter = Math.min(a.end, b.end) - Math.max(a.start, b.start);
  return inter <= 0 ? 0 : inter / Math.min(a.end - a.start, b.end - b.start);
}

if (!hasCorpus) console.warn(corpusSkipReason);

describe.skipIf(!hasCorpus)('claims on the five seeds against hand-made gold', () => {
  it('reaches claim F1 ≥ 0.90 and reports source-kind accuracy', () => {
    let tp = 0;
    let predicted = 0;
    let gold = 0;
    let sourceRight = 0;
    for (const file of readdirSync(goldDir).filter((f) => f.endsWith('.json'))) {
      const g = JSON.parse(readFileSync(join(goldDir, file), 'utf8')) as {
        seed: string;
        claims: GoldClaim[];
      };
      const raw = readFileSync(join(corpusDir, 'seeds', `${g.seed}.txt`), 'utf8');
      const article = articleFromText(raw, `https://example.com/${g.seed}.txt`);
      for (const c of g.claims) {
        // The gold is anchored to offsets; a changed normaliser must fail loudly, not score silently.
        expect(claimId(0, article.text.slice(c.start, c.end)), `${g.seed} gold span ${c.start}`).toBe(c.hash);
      }
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
    const sourceAccuracy = sourceRight / tp;
    console.log(
      `claims gold: P ${precision.toFixed(3)} R ${recall.toFixed(3)} F1 ${f1.toFixed(3)} (tp ${tp}, predicted ${predicted}, gold ${gold}); source-kind accuracy ${sourceAccuracy.toFixed(3)}`,
    );
    expect(f1).toBeGreaterThanOrEqual(0.9);
    expect(sourceAccuracy).toBeGreaterThanOrEqual(0.8);
  });
});
