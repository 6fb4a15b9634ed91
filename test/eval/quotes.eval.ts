/**
 * Quote attribution on BASIL, all 70 events: of the annotated quotes whose speaker is a named person or body,
 * the fraction whose claim names that speaker as its source. Group and unnamed speakers are reported apart.
 */
import { basilQuoteScore } from '../analyze/basil/basil-figures';
import { hasBasil } from '../analyze/basil/load-basil';
import type { BenchModule, BenchResult } from '../bench/bench-types';
import { corpusSkipReason } from '../corpus';

const r3 = (n: number) => Math.round(n * 1000) / 1000;

const mod: BenchModule = {
  name: 'quotes',
  async run(): Promise<BenchResult> {
    if (!hasBasil) return { metrics: [], notes: [`${corpusSkipReason} (BASIL)`] };
    const s = basilQuoteScore();
    return {
      metrics: [
        {
          key: 'basil_quote_attribution_acc',
          value: r3(s.named.right / s.named.total),
          target: 0.9,
          better: 'higher',
        },
        { key: 'basil_quotes_named', value: s.named.total },
        { key: 'basil_quote_group_sourced', value: r3(s.group.right / s.group.total) },
        { key: 'basil_quote_unnamed_sourced', value: r3(s.unnamed.right / s.unnamed.total) },
      ],
      notes: [
        `named speakers: ${s.named.right}/${s.named.total}; group speakers with any source: ${s.group.right}/${s.group.total}; unnamed (other_*) with any source: ${s.unnamed.right}/${s.unnamed.total}`,
        `named misses by class: ${Object.entries(s.named.classes)
          .sort((x, y) => y[1] - x[1])
          .map(([k, n]) => `${k} ${n}`)
          .join(', ')}`,
      ],
      extra: { basil_quote_misses: s.named.misses },
    };
  },
};
export default mod;
