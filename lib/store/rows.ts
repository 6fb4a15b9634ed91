/**
 * What is actually stored in IndexedDB. Rows are compact forms of the shared types: offsets instead of
 * repeated text, selectors and mention texts only where they cannot be re-derived from the report text.
 */

import type { Actor, Claim, Figure, Paragraph, Report, TextQuoteSelector, TopicProfile } from '@/lib/types';
import type { Columns } from './columns';

/** A figure as stored: its text only when it differs from the article slice. */
export type FigureRow = Omit<Figure, 'text'> & { text?: string };

/** A claim as stored: span as `s`/`e`, quotes as flat offsets, text and selector only when not derivable. */
export type ClaimRow = Omit<
  Claim,
  'text' | 'start' | 'end' | 'quotes' | 'figures' | 'fingerprint' | 'actorIds'
> & {
  s: number;
  /** Fingerprint terms and actor ids as indexes into the report row's word list `w`. */
  fp: number[];
  ai: number[];
  e: number;
  q: number[];
  figures: FigureRow[];
  text?: string;
  selector?: TextQuoteSelector;
};

/** An actor as stored: mentions as flat [start, end, start, end, …] offsets. */
export type ActorRow = Omit<Actor, 'mentions'> & {
  m: number[];
  /** Indexes of mentions found inside a compound ("Iran-backed"). */
  c?: number[];
  /** Mention texts that differ from the article slice, by mention index. */
  t?: Record<string, string>;
};

/** Fields computed from a report only to feed the multiEntry indexes. */
export interface IndexFields {
  actorIds: string[];
  terms: string[];
  topicIds: string[];
  lshBands: string[];
}

/** One row of the `reports` table (schema v2). A syndicated copy has empty text and analysis. */
export type ReportRow = Omit<Report, 'paragraphs' | 'actors' | 'claims'> &
  IndexFields & {
    p: number[];
    /** ActorRow[] and ClaimRow[] in column layout (see columns.ts). */
    actors: Columns;
    claims: Columns;
    w: string[];
  };

/** What changed between a kept earlier version and the text that replaced it. */
export interface ChangeSummary {
  wordsAdded: number;
  wordsRemoved: number;
  sentencesAdded: string[];
  sentencesRemoved: string[];
}

/** An earlier version of a report's text, kept when a revisit found the text changed. */
export interface VersionRow {
  /** `${reportId}:${n}` */
  id: string;
  reportId: string;
  /** 1 for the oldest kept version. */
  n: number;
  title: string;
  text: string;
  paragraphs: Paragraph[];
  /** When this version was first saved. */
  savedAt: string;
  /** When a newer text replaced it. */
  replacedAt: string;
  change: ChangeSummary;
}

/** A key/value setting (site enable list, lexicon additions, highlight prefs, auto-save, pending saves). */
export interface SettingRow {
  key: string;
  value: unknown;
}

/** An undoable deletion: the rows as they were before it. */
export interface TrashRow {
  token: string;
  deletedAt: string;
  /** Ids removed by the deletion (restored ones may have been promoted copies). */
  deletedIds: string[];
  reports: ReportRow[];
  versions: VersionRow[];
}

/** A topic row is the shared TopicProfile. */
export type TopicRow = TopicProfile;

/** A report row as schema v1 wrote it: the full Report plus the actor index. */
export type ReportRowV1 = Report & { actorIds: string[] };

/** A version row as schema v1 wrote it: no change summary. */
export type VersionRowV1 = Omit<VersionRow, 'change'>;
