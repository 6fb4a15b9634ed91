/** Derived comparison views for the panel: related reports with their differences, computed by lib/compare. */
import { fromPageState, fromReport } from '@/lib/compare/comparable';
import { diffReports } from '@/lib/compare/diff-reports';
import { rankRelated } from '@/lib/compare/related';
import type { PageState, Report } from '@/lib/types';
import type { RelatedView } from './view-types';

/** Related saved reports for the tab's article, best first, each with its diff against the article. */
export function deriveRelated(state: PageState, reports: Report[], currentId?: string): RelatedView[] {
  const current = fromPageState(state, currentId ?? 'current');
  if (!current) return [];
  const candidates = reports.filter((r) => r.id !== currentId).map(fromReport);
  return rankRelated(current, candidates).map((related) => ({
    related,
    diff: diffReports(current, related.report),
  }));
}
