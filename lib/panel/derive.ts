/** Derived comparison views for the panel, computed by lib/compare: related reports and their diffs, stories. */
import { fromPageState, fromReport } from '@/lib/compare/comparable';
import { coverageMatrix } from '@/lib/compare/coverage';
import { diffReports } from '@/lib/compare/diff-reports';
import { estimateProvenance } from '@/lib/compare/provenance';
import { rankRelated } from '@/lib/compare/related';
import { clusterStories } from '@/lib/compare/stories';
import { storyTimeline } from '@/lib/compare/timeline';
import type { ComparableReport } from '@/lib/compare/types';
import type { PageState, Report } from '@/lib/types';
import type { DeriveInput, DeriveOutput, RelatedView, StoryView } from './view-types';

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

/** Stories in the collection (plus the tab's article when it is not saved), each with its Story-tab views. */
export function deriveStories(
  state: PageState | null | undefined,
  reports: Report[],
  currentId?: string,
): StoryView[] {
  const all = reports.map(fromReport);
  const current = state && !currentId ? fromPageState(state, 'current') : null;
  if (current) all.push(current);
  const byId = new Map(all.map((r) => [r.id, r]));
  return clusterStories(all)
    .filter((s) => s.reportIds.length >= 2)
    .map((story) => {
      const members = story.reportIds.map((id) => byId.get(id)).filter((r): r is ComparableReport => !!r);
      return {
        story,
        provenance: estimateProvenance(members),
        coverage: coverageMatrix(members),
        timeline: storyTimeline(members),
      };
    });
}

/** Both derived views with the time they took; what the compare worker runs. */
export function computeDerived(input: DeriveInput): DeriveOutput {
  const t = performance.now();
  const related = input.state ? deriveRelated(input.state, input.reports, input.currentId) : [];
  const stories = deriveStories(input.state, input.reports, input.currentId);
  return { related, stories, ms: Math.round(performance.now() - t) };
}
