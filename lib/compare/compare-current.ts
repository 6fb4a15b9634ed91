/**
 * The side panel's one call: related reports for the current article, each with its differences, reusing
 * the claim alignment that ranking already computed.
 */
import { diffReports } from './diff-reports';
import { type RankOptions, rankRelated } from './related';
import type { ComparableReport, Related, ReportDiff } from './types';

/** A related report with how the current one differs from it. */
export interface RelatedWithDiff extends Related {
  diff: ReportDiff;
}

/** Ranks candidates against `current` and diffs the best `limit` of them (all when omitted). */
export function compareCurrent(
  current: ComparableReport,
  candidates: ComparableReport[],
  options: RankOptions & { limit?: number } = {},
): RelatedWithDiff[] {
  const related = rankRelated(current, candidates, options);
  const shown = options.limit === undefined ? related : related.slice(0, options.limit);
  return shown.map((r) => ({
    ...r,
    diff: diffReports(current, r.report, { alignment: r.alignment, sameEvent: r.event }),
  }));
}
