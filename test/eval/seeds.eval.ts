/**
 * Seed evaluation: actor and claim F1 on the five seed reports against their hand-made gold, and the held-out
 * documents' figures beside them, through the scorers the unit tests use.
 */
import { analyzeArticle, getDefaultLexicon } from '@/lib/analyze';
import { prf, scoreActors } from '../analyze/actors/actor-score';
import { scoreSeedActors } from '../analyze/actors/seed-actors';
import { scoreSeedClaims } from '../analyze/claims/seed-claims';
import { emptyTally, scoreClaims } from '../analyze/heldout/heldout-score';
import { loadHeldout } from '../analyze/heldout/load-heldout';
import type { BenchModule, BenchResult } from '../bench/bench-types';
import { corpusSkipReason, hasCorpus } from '../corpus';

const r3 = (n: number) => Math.round(n * 1000) / 1000;

async function heldout(): Promise<BenchResult['metrics']> {
  const lexicon = getDefaultLexicon();
  const tally = emptyTally();
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const { gold, article } of await loadHeldout()) {
    const analysis = analyzeArticle(article);
    const s = scoreActors(analysis.actors, gold.actors, lexicon);
    tp += s.tp;
    fp += s.fp;
    fn += s.fn;
    scoreClaims(tally, gold.id, article.text, analysis.claims, gold.claims);
  }
  const claims = prf(tally.tp, tally.predicted - tally.tp, tally.gold - tally.tp);
  return [
    { key: 'heldout_actor_f1', value: r3(prf(tp, fp, fn).f1) },
    { key: 'heldout_claim_f1', value: r3(claims.f1), target: 0.95, better: 'higher' },
    {
      key: 'heldout_source_kind_acc',
      value: r3(tally.sourceRight / tally.tp),
      target: 0.93,
      better: 'higher',
    },
  ];
}

const mod: BenchModule = {
  name: 'seeds',
  async run(): Promise<BenchResult> {
    const held = await heldout();
    if (!hasCorpus) return { metrics: held, notes: [corpusSkipReason] };
    const actors = scoreSeedActors();
    const claims = scoreSeedClaims();
    return {
      metrics: [
        { key: 'seed_actor_f1', value: r3(actors.f1), target: 0.95, better: 'higher' },
        { key: 'seed_actor_precision', value: r3(actors.p) },
        { key: 'seed_actor_recall', value: r3(actors.r) },
        { key: 'seed_claim_f1', value: r3(claims.f1), target: 0.9, better: 'higher' },
        { key: 'seed_claim_precision', value: r3(claims.precision) },
        { key: 'seed_claim_recall', value: r3(claims.recall) },
        {
          key: 'seed_claim_source_kind_acc',
          value: r3(claims.sourceAccuracy),
          target: 0.8,
          better: 'higher',
        },
        ...held,
      ],
      notes: actors.lines.filter((l) => l.includes('missed') || l.includes('spurious')),
    };
  },
};
export default mod;
