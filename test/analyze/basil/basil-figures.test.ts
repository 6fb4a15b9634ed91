/**
 * BASIL figures (real reports on 70 stories that are not the default topic) must not regress. The floors sit a
 * little under the values measured when they were set (`npm run eval` prints the current ones):
 * actors lenient F1 0.986, strict F1 0.974, type accuracy 0.988 on 15 articles; quote attribution 0.766.
 */
import { describe, expect, it } from 'vitest';
import { corpusSkipReason } from '../../corpus';
import { basilActorFigures, basilQuoteScore } from './basil-figures';
import { hasBasil } from './load-basil';

describe.skipIf(!hasBasil)(
  `BASIL figures (${hasBasil ? 'corpus present' : `${corpusSkipReason} (BASIL)`})`,
  () => {
    it('keeps actor F1 (lenient, strict) and type accuracy on the 15 gold articles', () => {
      const f = basilActorFigures();
      expect(f.articles).toBeGreaterThanOrEqual(15);
      console.log(
        `BASIL actors: lenient P ${f.lenient.p.toFixed(3)} R ${f.lenient.r.toFixed(3)} F1 ${f.lenient.f1.toFixed(3)}; strict F1 ${f.strict.f1.toFixed(3)}; type accuracy ${f.typeAcc.toFixed(3)}`,
      );
      expect(f.lenient.f1).toBeGreaterThanOrEqual(0.97);
      expect(f.strict.f1).toBeGreaterThanOrEqual(0.95);
      expect(f.typeAcc).toBeGreaterThanOrEqual(0.96);
    });

    it('keeps quote attribution on the named speakers of all 70 events', () => {
      const s = basilQuoteScore();
      const acc = s.named.right / s.named.total;
      console.log(`BASIL quote attribution: ${s.named.right}/${s.named.total} = ${acc.toFixed(3)}`);
      expect(s.named.total).toBeGreaterThan(200);
      expect(acc).toBeGreaterThanOrEqual(0.74);
    });
  },
);
