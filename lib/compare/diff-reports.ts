/**
 * How the current report differs from another one: new, missing and shared claims; figures that disagree;
 * quotes that were reworded; attributions that shifted; actors named on one side only.
 */
import type { Actor } from '@/lib/types';
import { type AlignOptions, alignClaims } from './align';
import { reportFeatures } from './features';
import { disagreeingFigures, figureSeverity } from './figures';
import { normaliseQuote, quoteDiff, quoteSimilarity, REWORDED_QUOTE_THRESHOLD } from './quotes';
import { sourcesDiffer } from './sources';
import { tollChanges } from './toll-figures';
import type {
  ActorRef,
  Alignment,
  AttributionShift,
  ComparableReport,
  FigureChange,
  ReportDiff,
  RewordedQuote,
} from './types';

function actorsMissingFrom(actors: Actor[], other: Set<string>): ActorRef[] {
  return actors.filter((a) => !other.has(a.id)).map((a) => ({ id: a.id, name: a.name }));
}

function rewordedQuotes(
  current: ComparableReport,
  other: ComparableReport,
  alignment: Alignment,
): RewordedQuote[] {
  const out: RewordedQuote[] = [];
  const hereClaims = new Map(reportFeatures(current).claims.map((f) => [f.claim, f]));
  const thereClaims = new Map(reportFeatures(other).claims.map((f) => [f.claim, f]));
  for (const pair of alignment.pairs) {
    const hq = hereClaims.get(pair.here)?.quotes ?? [];
    const tq = thereClaims.get(pair.there)?.quotes ?? [];
    const used = new Set<number>();
    for (const here of hq) {
      let best = -1;
      let bestSim = 0;
      tq.forEach((there, j) => {
        const s = used.has(j) ? 0 : quoteSimilarity(here, there);
        if (s > bestSim) {
          bestSim = s;
          best = j;
        }
      });
      if (best < 0 || bestSim < REWORDED_QUOTE_THRESHOLD) continue;
      used.add(best);
      const there = tq[best];
      if (normaliseQuote(here) === normaliseQuote(there)) continue;
      out.push({
        here,
        there,
        hereClaim: pair.here,
        thereClaim: pair.there,
        similarity: Math.round(bestSim * 1000) / 1000,
        diff: quoteDiff(there, here),
      });
    }
  }
  return out;
}

/** Differences between `current` and `other`, from an alignment (computed when not supplied). */
export function diffReports(
  current: ComparableReport,
  other: ComparableReport,
  options: AlignOptions & { alignment?: Alignment } = {},
): ReportDiff {
  const alignment = options.alignment ?? alignClaims(current, other, options);
  const changedFigures: FigureChange[] = [];
  const attributionShifts: AttributionShift[] = [];
  for (const { here, there } of alignment.pairs) {
    for (const [hf, tf] of disagreeingFigures(here.figures, there.figures)) {
      changedFigures.push({
        here,
        there,
        what: hf.unit,
        hereFigure: hf,
        thereFigure: tf,
        severity: figureSeverity(hf, tf),
      });
    }
    if (sourcesDiffer(here.source, there.source)) {
      attributionShifts.push({ here, there, hereSource: here.source, thereSource: there.source });
    }
  }
  changedFigures.push(...tollChanges(current, other, alignment, options.docFreq));
  return {
    currentId: current.id,
    otherId: other.id,
    newClaims: alignment.onlyHere,
    missingClaims: alignment.onlyThere,
    sharedClaims: alignment.pairs,
    changedFigures,
    rewordedQuotes: rewordedQuotes(current, other, alignment),
    attributionShifts,
    actorsOnlyHere: actorsMissingFrom(current.actors, reportFeatures(other).actorIds),
    actorsOnlyThere: actorsMissingFrom(other.actors, reportFeatures(current).actorIds),
  };
}
