import { describe, expect, it } from 'vitest';
import { corpusSkipReason, hasCorpus } from '../../corpus';
import { scoreSeedClaims } from './seed-claims';

if (!hasCorpus) console.warn(corpusSkipReason);

describe.skipIf(!hasCorpus)('claims on the five seeds against hand-made gold', () => {
  it('reaches claim F1 ≥ 0.90 and reports source-kind accuracy', () => {
    const s = scoreSeedClaims();
    expect(s.staleGold).toEqual([]);
    console.log(
      `claims gold: P ${s.precision.toFixed(3)} R ${s.recall.toFixed(3)} F1 ${s.f1.toFixed(3)} (tp ${s.tp}, predicted ${s.predicted}, gold ${s.gold}); source-kind accuracy ${s.sourceAccuracy.toFixed(3)}`,
    );
    expect(s.f1).toBeGreaterThanOrEqual(0.9);
    expect(s.sourceAccuracy).toBeGreaterThanOrEqual(0.8);
  });
});
