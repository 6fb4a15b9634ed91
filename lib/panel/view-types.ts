/**
 * Shapes the panel renders. Comparison results are lib/compare's own types, so components render the
 * engine's output as is; the panel adds list summaries and the bundle of views one story needs.
 */
import type {
  CoverageMatrix,
  ProvenanceEntry,
  Related,
  ReportDiff,
  Story,
  StoryTimeline,
} from '@/lib/compare/types';
import type { Report } from '@/lib/types';

/** A saved report as the panel lists it (no body text needed). */
export type ReportSummary = Pick<
  Report,
  | 'id'
  | 'title'
  | 'outlet'
  | 'canonicalUrl'
  | 'publishedTime'
  | 'savedAt'
  | 'byline'
  | 'versionCount'
  | 'sameTextAs'
> & { topicIds: string[]; actorIds: string[]; actorNames: string[]; claimCount: number };

/** A related earlier report with its differences from the current one. */
export interface RelatedView {
  related: Related;
  /** "event": the same incident (listed first); "story": an earlier or later event of the story. */
  group: 'event' | 'story';
  diff: ReportDiff;
}

/** One story with everything the Story tab shows about it. */
export interface StoryView {
  story: Story;
  provenance: ProvenanceEntry[];
  coverage: CoverageMatrix;
  timeline: StoryTimeline;
}
