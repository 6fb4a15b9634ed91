/**
 * `npm run eval -- alignment`: claim alignment precision and figure-discrepancy recall on hand-made gold
 * (test/fixtures/compare/gold: BASIL events read by hand, the seeds), plus the demo site's planted
 * differences, and the count of "major" discrepancies reported between different demo events (must be 0).
 */
import type { ComparableReport } from '@/lib/compare/types';
import type { BenchMetric, BenchModule } from '@/test/bench/bench-types';
import { loadDemo } from '@/test/compare/load-demo';
import { loadSeeds } from '@/test/compare/load-seeds';
import { corpusDir, hasCorpus } from '@/test/corpus';
import { readGold } from './alignment-gold';
import { type AlignmentScore, scoreAlignment } from './alignment-score';
import { scoreDemo } from './demo-planted';
import { hasBasil, loadBasil } from './load-basil';

const round = (x: number) => Math.round(x * 1000) / 1000;

function add(a: AlignmentScore, b: AlignmentScore): AlignmentScore {
  return {
    correct: a.correct + b.correct,
    wrong: a.wrong + b.wrong,
    unjudged: a.unjudged + b.unjudged,
    positives: a.positives + b.positives,
    found: a.found + b.found,
    figures: a.figures + b.figures,
    figuresFound: a.figuresFound + b.figuresFound,
    misses: [...a.misses, ...b.misses],
  };
}

const alignment: BenchModule = {
  name: 'alignment',
  async run() {
    const notes: string[] = [];
    const demo = scoreDemo(loadDemo());
    let score: AlignmentScore = {
      correct: 0,
      wrong: 0,
      unjudged: 0,
      positives: 0,
      found: 0,
      figures: 0,
      figuresFound: 0,
      misses: [],
    };
    if (hasBasil) {
      const basil = new Map<string, ComparableReport>(loadBasil().map((b) => [b.id, b.report]));
      score = add(score, scoreAlignment(readGold('basil.json'), basil));
    } else notes.push(`BASIL gold skipped: ${corpusDir}/basil not found`);
    if (hasCorpus) {
      const seeds = new Map(Object.entries(loadSeeds()));
      score = add(score, scoreAlignment(readGold('seeds.json'), seeds));
    } else notes.push(`seed gold skipped: ${corpusDir} not found`);
    const figures = score.figures + demo.figures;
    const found = score.figuresFound + demo.figuresFound;
    const metrics: BenchMetric[] = [
      { key: 'demo_cross_event_major', value: demo.crossEventMajor, target: 0, better: 'lower' },
      { key: 'demo_planted_figures_found', value: round(demo.figuresFound / Math.max(1, demo.figures)) },
      { key: 'demo_planted_quotes_found', value: round(demo.quotesFound / Math.max(1, demo.quotes)) },
    ];
    if (score.correct + score.wrong > 0) {
      metrics.unshift(
        {
          key: 'alignment_precision',
          value: round(score.correct / (score.correct + score.wrong)),
          target: 0.9,
          better: 'higher',
        },
        { key: 'alignment_recall', value: round(score.found / Math.max(1, score.positives)) },
        {
          key: 'discrepancy_recall',
          value: round(found / Math.max(1, figures)),
          target: 0.8,
          better: 'higher',
        },
      );
    }
    notes.push(
      `aligned pairs: ${score.correct} right, ${score.wrong} wrong, ${score.unjudged} not judged; ` +
        `gold same-fact pairs ${score.positives}; figure discrepancies ${figures} (${score.figures} real, ` +
        `${demo.figures} planted), found ${found}`,
      ...score.misses,
      ...demo.misses,
    );
    return { metrics, notes };
  },
};

export default alignment;
