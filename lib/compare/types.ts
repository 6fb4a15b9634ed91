/**
 * Result types of the comparison engine. Everything here is plain JSON so the side panel, the CLI and tests
 * can all consume it unchanged.
 */
import type { Actor, Claim, ClaimSource, Figure, TopicScore } from '@/lib/types';

/** The minimum a comparison needs: fits both the live page (PageState) and a stored Report. */
export interface ComparableReport {
  id: string;
  url: string;
  canonicalUrl: string;
  outlet: string;
  title: string;
  /** ISO 8601 or null. */
  publishedTime: string | null;
  /** When the report was saved; the timeline's fallback when no publish time is known. */
  savedAt?: string | null;
  text: string;
  actors: Actor[];
  claims: Claim[];
  topics: TopicScore[];
  /** The event and story assigned when the report was saved (absent for the live page and older saves). */
  eventId?: string | null;
  storyId?: string | null;
}

/** Two claims judged to state the same thing. */
export interface ClaimPair {
  here: Claim;
  there: Claim;
  /** 0..1 */
  similarity: number;
}

/** One-to-one alignment of the claims of two reports. */
export interface Alignment {
  pairs: ClaimPair[];
  onlyHere: Claim[];
  onlyThere: Claim[];
}

/**
 * How far apart two disagreeing figures of one event are: minor (≤ 25% apart), major otherwise. Between
 * events of a story a changed figure is a development over time, whatever the gap.
 */
export type Severity = 'minor' | 'major' | 'development';

/** An aligned claim pair whose figures of the same unit disagree. */
export interface FigureChange {
  here: Claim;
  there: Claim;
  /** The unit counted, e.g. "wounded". */
  what: string;
  hereFigure: Figure;
  thereFigure: Figure;
  severity: Severity;
}

/** One part of a word-level diff, as produced by jsdiff's `diffWords`. */
export interface DiffPart {
  value: string;
  added: boolean;
  removed: boolean;
}

/** The same quotation rendered in different words. */
export interface RewordedQuote {
  here: string;
  there: string;
  hereClaim: Claim;
  thereClaim: Claim;
  /** 0..1 word similarity of the two quotes. */
  similarity: number;
  diff: DiffPart[];
}

/** An aligned claim whose attribution differs between the reports. */
export interface AttributionShift {
  here: Claim;
  there: Claim;
  hereSource: ClaimSource;
  thereSource: ClaimSource;
}

/** An actor, by id and display name. */
export interface ActorRef {
  id: string;
  name: string;
}

/** How the current report differs from another one. */
export interface ReportDiff {
  currentId: string;
  otherId: string;
  /** True when both reports tell the same event; figure changes are then discrepancies. */
  sameEvent: boolean;
  newClaims: Claim[];
  missingClaims: Claim[];
  sharedClaims: ClaimPair[];
  /** Figures of one event that disagree (empty between different events). */
  changedFigures: FigureChange[];
  /** Figures that changed between different events of the story: developments over time, never conflicts. */
  developments: FigureChange[];
  rewordedQuotes: RewordedQuote[];
  attributionShifts: AttributionShift[];
  actorsOnlyHere: ActorRef[];
  actorsOnlyThere: ActorRef[];
}

/** A related report with its score and a one-line reason. */
export interface Related {
  report: ComparableReport;
  /** 0..1 */
  score: number;
  /** True when the other report tells the same event (an incident told within days), not only the same story. */
  event: boolean;
  why: string;
  sharedActors: ActorRef[];
  sharedClaims: number;
  termSimilarity: number;
  /** Days between the two reports; positive when the other one is earlier; null when a date is missing. */
  daysApart: number | null;
  /** The claim alignment behind `sharedClaims`, reusable by `diffReports`. */
  alignment: Alignment;
}

/** A cluster of reports about one event. */
export interface Story {
  id: string;
  label: string;
  reportIds: string[];
  /** Top actor names and terms behind the label. */
  topActors: string[];
  topTerms: string[];
}

/** What a report looks like in relation to the others covering the same event. */
export type ProvenanceRole = 'source' | 'rewrite' | 'excerpt' | 'summary' | 'independent';

/** The provenance verdict for one report, with the evidence behind it. */
export interface ProvenanceEntry {
  id: string;
  role: ProvenanceRole;
  /** The report id or credited outlet name this one derives from. */
  of?: string;
  /** 0..1 */
  confidence: number;
  evidence: string[];
}

/** One cell of the coverage matrix. */
export type CoverageCell = 'stated' | 'contradicted' | 'absent';

/** What a contradicting report says differently: its figures against the row's, or a denial. */
export type CoverageDifference =
  | { kind: 'figures'; pairs: { theirs: Figure; ours: Figure }[]; against: string }
  | { kind: 'denial'; denies: boolean; against: string };

/** A claim cluster across reports: one row of the coverage matrix. */
export interface CoverageRow {
  /** The representative claim text (the longest member). */
  label: string;
  /** Per report id: the cell, the claim that states it, and for a contradiction what differs. */
  cells: Record<string, { cell: CoverageCell; claimId?: string; differs?: CoverageDifference }>;
}

/** Claim rows × outlet columns. */
export interface CoverageMatrix {
  columns: { id: string; outlet: string; title: string }[];
  rows: CoverageRow[];
}

/** One figure as stated in one report at one time. */
export interface FigurePoint {
  reportId: string;
  time: string | null;
  figure: Figure;
  claimText: string;
}

/** Reports in time order with per-unit figure series. */
export interface StoryTimeline {
  entries: {
    id: string;
    outlet: string;
    title: string;
    time: string | null;
    timeSource: 'published' | 'saved' | 'none';
  }[];
  series: Record<string, FigurePoint[]>;
}
