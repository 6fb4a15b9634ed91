/**
 * The panel's data contract. The live source (browser tabs, background messages, Dexie liveQuery) and the
 * fixture source (`?fixture=1`, no browser APIs) both implement it, so components cannot tell them apart.
 */
import type { ScrollTarget } from '@/lib/protocol';
import type { NoteTarget } from '@/lib/store/notes';
import type { PageState, Report, ReportNotes, Result } from '@/lib/types';

/** What the panel currently knows. `undefined` means still loading. */
export interface PanelSnapshot {
  tabId: number | null;
  tabState: PageState | null | undefined;
  /** The whole collection, newest first; undefined while loading. */
  reports: Report[] | undefined;
  /** Bytes used by the collection, when the browser reports it. */
  storageBytes: number | null;
  /** Earlier versions of the current URL's report, newest first. */
  versions: { savedAt: string; summary: string }[];
  /** Why the collection could not be read, when it could not. */
  error?: string;
  /** The reader's notes, by report id. */
  notes?: Map<string, ReportNotes>;
  /** The highlight density the reader chose (remembered in settings). */
  density?: 'calm' | 'full';
}

/** What saving a tab reports back, including a syndicated-copy hint. */
export interface SaveOutcome {
  id: string;
  created: boolean;
  sameTextAs?: string;
}

/** Everything the panel can ask for; every call answers with a value, never a throw. */
export interface PanelActions {
  analyze(): Promise<Result<true>>;
  save(): Promise<Result<SaveOutcome>>;
  /** Deletes a report; the value is an undo token, or null when the deletion cannot be undone. */
  remove(id: string): Promise<Result<string | null>>;
  /** Restores what a deletion removed, given its undo token. */
  undoRemove(token: string): Promise<Result<true>>;
  scrollTo(target: ScrollTarget): Promise<Result<true>>;
  open(url: string): void;
  exportJson(): Promise<Result<{ name: string; text: string }>>;
  /** A story's saved reports as Markdown. */
  exportStory(reportIds: string[], label: string): Promise<Result<{ name: string; text: string }>>;
  /** Follows a story: a topic from the given saved reports (and the tab's article when `withTab`). */
  follow(reportIds: string[], withTab: boolean, label: string): Promise<Result<{ topicId: string }>>;
  /** Sets (or, when empty, removes) a note on a saved report or one of its claims. */
  setNote(reportId: string, target: NoteTarget, note: string): Promise<Result<true>>;
  /** Remembers the highlight density and applies it to the tab's page. */
  setDensity(density: 'calm' | 'full'): Promise<Result<true>>;
  importJson(
    text: string,
    onProgress: (done: number, total: number) => void,
  ): Promise<Result<{ added: number }>>;
}

/** A subscribable panel data source. */
export interface PanelSource {
  get(): PanelSnapshot;
  subscribe(listener: () => void): () => void;
  actions: PanelActions;
  dispose(): void;
}

/** Turns any thrown value into a Failure with a readable message. */
export function failure(err: unknown): { ok: false; error: string } {
  return { ok: false, error: err instanceof Error ? err.message : String(err) };
}
