/**
 * Held-out evaluation of the analysis engine: actors, claims, source kinds and figures on six documents whose
 * gold was written blind (four demo-site pages, rendered and extracted like live pages, and two project-written
 * texts in wire and feature style about other stories). See test/fixtures/gold/heldout/*.json.
 *
 * First measurement, before any fix (gold commit a52fbf6, analyser as of 066ae89):
 *   actors P 0.859 R 0.841 F1 0.850 (tp 122, fp 20, fn 23)
 *   claims P 0.954 R 0.945 F1 0.950 (tp 104, predicted 109, gold 110)
 *   source-kind accuracy 0.760; kinds Jaccard 0.791
 *   figures recall 0.820 (41/50), precision 0.953 (of 43), unit agreement 0.805
 * After the general fixes in lib/analyze/claims and lib/analyze/figures (tested on new sentences in
 * test/analyze/claims/attribution-rules.test.ts):
 *   claims P 0.991 R 0.982 F1 0.986 (tp 108, predicted 109, gold 110)
 *   source-kind accuracy 0.972; kinds Jaccard 0.828
 *   figures recall 0.860 (43/50), precision 0.956 (of 45), unit agreement 0.814
 *   actors F1 0.844-0.850 (owned by the actors engineer, moving while they work; not asserted here)
 * Thresholds sit a little under the achieved values so a small actor-finder change does not fail them.
 * Units are reported, not asserted: the analyser names outcomes ("killed", "wounded") where the gold names
 * the counted noun ("soldier"), a convention difference rather than an error.
 */
import { describe, expect, it } from 'vitest';
import { analyzeArticle, getDefaultLexicon } from '@/lib/analyze';
import { prf, scoreActors } from '../actors/actor-score';
import { emptyTally, scoreClaims } from './heldout-score';
import { loadHeldout } from './load-heldout';

const f3 = (n: number) => n.toFixed(3);

describe('analysis on held-out documents (gold written blind)', () => {
  it('reports actor, claim, source-kind and figure accuracy', async () => {
    const docs = await loadHeldout();
    expect(docs.length).toBe(6);
    const lexicon = getDefaultLexicon();
    const tally = emptyTally();
    let atp = 0;
    let afp = 0;
    let afn = 0;
    const actorNotes: string[] = [];
    for (const { gold, article } of docs) {
      const analysis = analyzeArticle(article);
      const s = scoreActors(analysis.actors, gold.actors, lexicon);
      atp += s.tp;
      afp += s.fp;
      afn += s.fn;
      if (s.missed.length) actorNotes.push(`${gold.id} actors missed: ${s.missed.join(', ')}`);
      if (s.spurious.length) actorNotes.push(`${gold.id} actors spurious: ${s.spurious.join(', ')}`);
      scoreClaims(tally, gold.id, article.text, analysis.claims, gold.claims);
    }
    const actors = prf(atp, afp, afn);
    const claims = prf(tally.tp, tally.predicted - tally.tp, tally.gold - tally.tp);
    const sourceAccuracy = tally.sourceRight / tally.tp;
    const figureRecall = tally.figuresRight / tally.goldFigures;
    const figurePrecision = tally.figuresRight / tally.predictedFigures;
    const unitAgreement = tally.unitsRight / tally.figuresRight;
    const kinds = tally.kindsJaccard / tally.tp;
    console.log([...actorNotes, ...tally.notes].join('\n'));
    console.log(
      [
        `held-out actors: P ${f3(actors.p)} R ${f3(actors.r)} F1 ${f3(actors.f1)} (tp ${atp}, fp ${afp}, fn ${afn})`,
        `held-out claims: P ${f3(claims.p)} R ${f3(claims.r)} F1 ${f3(claims.f1)} (tp ${tally.tp}, predicted ${tally.predicted}, gold ${tally.gold})`,
        `held-out source-kind accuracy ${f3(sourceAccuracy)}; kinds Jaccard ${f3(kinds)}`,
        `held-out figures: recall ${f3(figureRecall)} (${tally.figuresRight}/${tally.goldFigures}), precision ${f3(figurePrecision)} (of ${tally.predictedFigures} in matched claims), unit agreement ${f3(unitAgreement)}`,
      ].join('\n'),
    );
    expect(claims.f1).toBeGreaterThanOrEqual(0.95);
    expect(sourceAccuracy).toBeGreaterThanOrEqual(0.93);
    expect(figureRecall).toBeGreaterThanOrEqual(0.8);
    expect(figurePrecision).toBeGreaterThanOrEqual(0.9);
  });
});
