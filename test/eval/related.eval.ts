/**
 * `npm run eval -- related`: related ranking on the 210 BASIL articles (70 events × 3 outlets), each
 * ranked against the other 209. Also measured with every date removed, to show what content alone does.
 */
import type { BenchModule } from '@/test/bench/bench-types';
import { basilDir, hasBasil, loadBasil } from './load-basil';
import { relatedFigures } from './related-figures';

const related: BenchModule = {
  name: 'related',
  async run() {
    if (!hasBasil) return { metrics: [], notes: [`skipped: BASIL articles not found at ${basilDir}`] };
    const basil = loadBasil();
    const dated = relatedFigures(basil);
    const undated = relatedFigures(basil, (r) => ({ ...r, id: r.id, publishedTime: null }));
    return {
      metrics: [
        { key: 'basil_related_p_at_2', value: dated.pAt2, target: 0.95, better: 'higher' },
        { key: 'basil_related_mrr', value: dated.mrr, target: 0.97, better: 'higher' },
        { key: 'basil_same_event_flag_precision', value: dated.eventPrecision },
        { key: 'basil_same_event_flag_recall', value: dated.eventRecall },
        { key: 'basil_related_p_at_2_undated', value: undated.pAt2 },
        { key: 'basil_related_mrr_undated', value: undated.mrr },
      ],
      notes: [`${basil.length} articles, ${new Set(basil.map((b) => b.event)).size} events`],
    };
  },
};

export default related;
