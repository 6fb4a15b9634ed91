/**
 * Scores the engine against alignment gold: for every judged pair of reports, the claim pairs the engine
 * aligns (as the panel does, through ranking) are matched to the judged pairs by span overlap.
 */
import { diffReports } from '@/lib/compare/diff-reports';
import type { ComparableReport } from '@/lib/compare/types';
import { type AlignmentGold, overlaps } from './alignment-gold';

/** Counts behind alignment precision and discrepancy recall. */
export interface AlignmentScore {
  /** Engine pairs judged the same fact, judged different, and not judged. */
  correct: number;
  wrong: number;
  unjudged: number;
  /** Judged same-fact pairs, and how many of them the engine aligned. */
  positives: number;
  found: number;
  /** Gold figure disagreements, and how many the engine reported as discrepancies. */
  figures: number;
  figuresFound: number;
  /** What went wrong, for the notes. */
  misses: string[];
}

function pairKey(a: string, b: string): string {
  return `${a}\u0000${b}`;
}

/** Scores one gold set; `reports` maps report ids to the analysed reports; `sameEvent` defaults to true. */
export function scoreAlignment(
  gold: AlignmentGold,
  reports: Map<string, ComparableReport>,
  sameEvent: (a: string, b: string) => boolean = () => true,
): AlignmentScore {
  const s: AlignmentScore = {
    correct: 0,
    wrong: 0,
    unjudged: 0,
    positives: 0,
    found: 0,
    figures: gold.figures.length,
    figuresFound: 0,
    misses: [],
  };
  const articlePairs = new Set([...gold.pairs, ...gold.figures].map((p) => pairKey(p.a, p.b)));
  for (const key of articlePairs) {
    const [aId, bId] = key.split('\u0000');
    const a = reports.get(aId);
    const b = reports.get(bId);
    if (!a || !b) throw new Error(`gold names a report that is not loaded: ${aId} or ${bId}`);
    const diff = diffReports(a, b, { sameEvent: sameEvent(aId, bId) });
    const judged = gold.pairs.filter((p) => p.a === aId && p.b === bId);
    for (const p of diff.sharedClaims) {
      const hit = judged.find((g) => overlaps(p.here, g.aSpan) && overlaps(p.there, g.bSpan));
      if (process.env.SIMS && hit) console.log(hit.same ? 'T' : 'F', p.similarity, hit.about);
      if (!hit) {
        s.unjudged++;
        s.misses.push(
          `unjudged pair: ${aId} ${p.here.start}-${p.here.end} / ${bId} ${p.there.start}-${p.there.end}`,
        );
      } else if (hit.same) s.correct++;
      else {
        s.wrong++;
        s.misses.push(`wrong pair: ${hit.about} (${aId} ${hit.aSpan} / ${bId} ${hit.bSpan})`);
      }
    }
    for (const g of judged.filter((p) => p.same)) {
      s.positives++;
      if (diff.sharedClaims.some((p) => overlaps(p.here, g.aSpan) && overlaps(p.there, g.bSpan))) s.found++;
    }
    for (const g of gold.figures.filter((f) => f.a === aId && f.b === bId)) {
      const hit = diff.changedFigures.some(
        (c) => overlaps(c.hereFigure, g.aSpan) && overlaps(c.thereFigure, g.bSpan),
      );
      if (hit) s.figuresFound++;
      else s.misses.push(`missed figure: ${g.about} (${aId} ${g.aSpan} / ${bId} ${g.bSpan})`);
    }
  }
  return s;
}
