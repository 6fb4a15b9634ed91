import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { getDefaultLexicon } from '../../../lib/analyze/actors/default-lexicon';
import { findActors } from '../../../lib/analyze/actors/find-actors';
import { corpusDir, corpusSkipReason, hasCorpus } from '../../corpus';
import { type GoldActor, prf, scoreActors } from './actor-score';
import { articleFromText } from './article-from-text';

const goldDir = resolve(import.meta.dirname, '../../fixtures/gold/actors');

describe.skipIf(!hasCorpus)(
  `actor finder on the five seeds (${hasCorpus ? 'corpus present' : corpusSkipReason})`,
  () => {
    it('reaches actor F1 ≥ 0.95 against hand-written gold', () => {
      const lexicon = getDefaultLexicon();
      let tp = 0;
      let fp = 0;
      let fn = 0;
      const files = readdirSync(goldDir).filter((f) => f.endsWith('.json') && !f.startsWith('page-'));
      expect(files.length).toBe(5);
      for (const f of files) {
        const gold = JSON.parse(readFileSync(join(goldDir, f), 'utf8')) as {
          seed: string;
          actors: GoldActor[];
        };
        const text = readFileSync(join(corpusDir, 'seeds', `${gold.seed}.txt`), 'utf8');
        const s = scoreActors(findActors(articleFromText(text), lexicon), gold.actors, lexicon);
        const m = prf(s.tp, s.fp, s.fn);
        console.log(
          `${gold.seed}: P ${m.p.toFixed(3)} R ${m.r.toFixed(3)} F1 ${m.f1.toFixed(3)}` +
            (s.missed.length ? ` missed ${s.missed.join(', ')}` : '') +
            (s.spurious.length ? ` spurious ${s.spurious.join(', ')}` : ''),
        );
        tp += s.tp;
        fp += s.fp;
        fn += s.fn;
      }
      const all = prf(tp, fp, fn);
      console.log(
        `seeds overall: P ${all.p.toFixed(3)} R ${all.r.toFixed(3)} F1 ${all.f1.toFixed(3)} (tp ${tp} fp ${fp} fn ${fn})`,
      );
      expect(all.f1).toBeGreaterThanOrEqual(0.95);
    });
  },
);
