/**
 * Actor evaluation on BASIL: mention-level precision, recall and F1 (lenient: overlapping span, same actor;
 * strict: exact span) and type accuracy against the project's gold in test/fixtures/gold/basil.
 */
import { basilActorFigures } from '../analyze/basil/basil-figures';
import { hasBasil } from '../analyze/basil/load-basil';
import type { BenchModule, BenchResult } from '../bench/bench-types';
import { corpusSkipReason } from '../corpus';

const r3 = (n: number) => Math.round(n * 1000) / 1000;

const mod: BenchModule = {
  name: 'actors',
  async run(): Promise<BenchResult> {
    if (!hasBasil) return { metrics: [], notes: [`${corpusSkipReason} (BASIL)`] };
    const f = basilActorFigures();
    return {
      metrics: [
        { key: 'basil_actor_f1_lenient', value: r3(f.lenient.f1), target: 0.93, better: 'higher' },
        { key: 'basil_actor_precision_lenient', value: r3(f.lenient.p) },
        { key: 'basil_actor_recall_lenient', value: r3(f.lenient.r) },
        { key: 'basil_actor_f1_strict', value: r3(f.strict.f1), target: 0.88, better: 'higher' },
        { key: 'basil_actor_precision_strict', value: r3(f.strict.p) },
        { key: 'basil_actor_recall_strict', value: r3(f.strict.r) },
        { key: 'basil_actor_type_acc', value: r3(f.typeAcc), target: 0.92, better: 'higher' },
      ],
      notes: [
        `${f.articles} articles, ${f.tally.gold} gold mentions, ${f.tally.found} found (compounds and adjectives not counted)`,
      ],
      extra: { basil_actor_misses: f.tally.misses, basil_actor_spurious: f.tally.spurious },
    };
  },
};
export default mod;
