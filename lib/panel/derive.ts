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

/**
 * Related saved reports for the tab's article, each with its diff against the article: reports of the same
 * event first, then the rest of the story, each group best first. A saved article compares by the event
 * it was given at save time; an unsaved one by the pairwise same-event rule.
 */
export function deriveRelated(state: PageState, reports: Report[], currentId?: string): RelatedView[] {
  const page = fromPageState(state, currentId ?? 'current');
  if (!page) return [];
  const saved = currentId ? reports.find((r) => r.id === currentId) : undefined;
  const current = saved?.eventId ? { ...page, eventId: saved.eventId, storyId: saved.storyId } : page;
  const candidates = reports.filter((r) => r.id !== currentId).map(fromReport);
  const ranked = rankRelated(current, candidates);
  const grouped = [...ranked.filter((r) => r.event), ...ranked.filter((r) => !r.event)];
  return grouped.map((related) => ({
    related,
    group: related.event ? 'event' : 'story',
    // The diff aligns afresh with claim-level term weights (topic words count little), sharper than the
    // report-level alignment ranking uses to count shared claims.
    diff: diffReports(current, related.report, { sameEvent: related.event }),
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
