/**
 * Related-ranking quality on BASIL: each article ranked against the other 209 by `rankRelated` (no
 * threshold: every other article is ranked), scored against the event each article belongs to.
 */
import { rankRelated } from '@/lib/compare/related';
import type { ComparableReport } from '@/lib/compare/types';
import type { BasilReport } from './load-basil';

/** The figures: precision of the top 2, mean reciprocal rank of the first same-event article, event flags. */
export interface RelatedFigures {
  pAt2: number;
  mrr: number;
  /** Of the pairs flagged "same event", the share that are; of the same-event pairs, the share flagged. */
  eventPrecision: number;
  eventRecall: number;
}

/** Ranks every article against the others; `strip` maps each report first (e.g. to drop its date). */
export function relatedFigures(
  basil: BasilReport[],
  strip: (r: ComparableReport) => ComparableReport = (r) => r,
): RelatedFigures {
  const reports = basil.map((b) => strip(b.report));
  const eventOf = new Map(basil.map((b) => [b.id, b.event]));
  let p2 = 0;
  let rr = 0;
  let flagged = 0;
  let flaggedRight = 0;
  let sameFlagged = 0;
  let same = 0;
  for (const r of reports) {
    const ranked = rankRelated(r, reports, { threshold: 0 });
    const hit = (id: string) => eventOf.get(id) === eventOf.get(r.id);
    p2 += ranked.slice(0, 2).filter((x) => hit(x.report.id)).length / 2;
    const first = ranked.findIndex((x) => hit(x.report.id));
    rr += first < 0 ? 0 : 1 / (first + 1);
    for (const x of ranked) {
      if (x.event) flagged++;
      if (x.event && hit(x.report.id)) flaggedRight++;
    }
    const mates = basil.filter((b) => b.event === eventOf.get(r.id) && b.id !== r.id).length;
    same += mates;
    sameFlagged += ranked.filter((x) => x.event && hit(x.report.id)).length;
  }
  const n = reports.length;
  const round = (x: number) => Math.round(x * 1000) / 1000;
  return {
    pAt2: round(p2 / n),
    mrr: round(rr / n),
    eventPrecision: round(flagged === 0 ? 0 : flaggedRight / flagged),
    eventRecall: round(same === 0 ? 0 : sameFlagged / same),
  };
}
