/**
 * How the current report differs from another one: new, missing and shared claims; figures that disagree;
 * quotes that were reworded; attributions that shifted; actors named on one side only. Figures compare only
 * when they count the same thing (see counted.ts). Within one event a disagreement is a discrepancy;
 * between events of a story it is a development over time and is listed apart, never as a conflict.
 */
import type { Actor } from '@/lib/types';
import { type AlignOptions, alignClaims, claimDocFreq } from './align';
import { countedFigures } from './counted';
import { reportFeatures } from './features';
import { disagreeingFigures, figureSeverity } from './figures';
import { relatedFigureChanges } from './related-figures';
import { rewordedQuotes } from './reworded-quotes';
import { isAttributionShift } from './sources';
import type {
  ActorRef,
  Alignment,
  AttributionShift,
  ComparableReport,
  FigureChange,
  ReportDiff,
} from './types';

/** Options for diffing: an alignment to reuse, and whether the two reports tell the same event. */
export interface DiffOptions extends AlignOptions {
  alignment?: Alignment;
  /**
   * Whether the reports tell the same event (from ranking or the stored event ids). When omitted, reports
   * whose publications are more than `EVENT_APART_DAYS` apart are taken as different events.
   */
  sameEvent?: boolean;
}

/** Publications this many days apart are different events when nothing else says. */
export const EVENT_APART_DAYS = 10;

function actorsMissingFrom(actors: Actor[], other: Set<string>): ActorRef[] {
  return actors.filter((a) => !other.has(a.id)).map((a) => ({ id: a.id, name: a.name }));
}

function sameEventByTime(a: ComparableReport, b: ComparableReport): boolean {
  if (a.eventId && b.eventId) return a.eventId === b.eventId;
  const ta = reportFeatures(a).time;
  const tb = reportFeatures(b).time;
  return ta === null || tb === null || Math.abs(ta - tb) <= EVENT_APART_DAYS * 86_400_000;
}

/** Differences between `current` and `other`, from an alignment (computed when not supplied). */
export function diffReports(
  current: ComparableReport,
  other: ComparableReport,
  options: DiffOptions = {},
): ReportDiff {
  const alignment = options.alignment ?? alignClaims(current, other, options);
  const sameEvent = options.sameEvent ?? sameEventByTime(current, other);
  const figureChanges: FigureChange[] = [];
  const attributionShifts: AttributionShift[] = [];
  for (const { here, there } of alignment.pairs) {
    for (const [hf, tf] of disagreeingFigures(countedFigures(here), countedFigures(there))) {
      figureChanges.push({
        here,
        there,
        what: hf.unit,
        hereFigure: hf,
        thereFigure: tf,
        severity: figureSeverity(hf, tf),
      });
    }
    // Across events, aligned claims are similar statements made at different times, not one fact re-credited.
    if (sameEvent && isAttributionShift(here, there)) {
      attributionShifts.push({ here, there, hereSource: here.source, thereSource: there.source });
    }
  }
  figureChanges.push(
    ...relatedFigureChanges(current, other, alignment, options.docFreq ?? claimDocFreq([current, other])),
  );
  return {
    currentId: current.id,
    otherId: other.id,
    sameEvent,
    newClaims: alignment.onlyHere,
    missingClaims: alignment.onlyThere,
    sharedClaims: alignment.pairs,
    changedFigures: sameEvent ? figureChanges : [],
    developments: sameEvent ? [] : figureChanges.map((c) => ({ ...c, severity: 'development' as const })),
    rewordedQuotes: rewordedQuotes(current, other, alignment),
    attributionShifts,
    actorsOnlyHere: actorsMissingFrom(current.actors, reportFeatures(other).actorIds),
    actorsOnlyThere: actorsMissingFrom(other.actors, reportFeatures(current).actorIds),
  };
}
