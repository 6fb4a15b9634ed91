import { describe, expect, it } from 'vitest';
import { corpusSkipReason, hasCorpus } from '../../corpus';
import { scoreSeedActors } from './seed-actors';

describe.skipIf(!hasCorpus)(
  `actor finder on the five seeds (${hasCorpus ? 'corpus present' : corpusSkipReason})`,
  () => {
    it('reaches actor F1 ≥ 0.95 against hand-written gold', () => {
      const s = scoreSeedActors();
      expect(s.files).toBe(5);
      for (const line of s.lines) console.log(line);
      console.log(
        `seeds overall: P ${s.p.toFixed(3)} R ${s.r.toFixed(3)} F1 ${s.f1.toFixed(3)} (tp ${s.tp} fp ${s.fp} fn ${s.fn})`,
      );
      expect(s.f1).toBeGreaterThanOrEqual(0.95);
    });
  },
);
