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
import type { PageState, Report } from '@/lib/types';

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
> & {
  topicIds: string[];
  actorIds: string[];
  actorNames: string[];
  claimCount: number;
  /** The reader's notes on the report and its claims, joined (searched with the rest). */
  notes?: string;
};

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

/** What the comparison work needs. */
export interface DeriveInput {
  state: PageState | null;
  reports: Report[];
  currentId?: string;
}

/** What it produces. */
export interface DeriveOutput {
  related: RelatedView[];
  stories: StoryView[];
  ms: number;
}

/** Computes derived views, wherever it runs. */
export type DeriveFn = (input: DeriveInput) => Promise<DeriveOutput>;

/** Request and response messages of the compare worker. */
export type WorkerRequest = { id: number; input: DeriveInput };
/** A worker reply: the output, or the error message. */
export type WorkerResponse = { id: number; output?: DeriveOutput; error?: string };
