/**
 * The reader's notes, one settings row per report (`notes:<reportId>`). Settings rows travel in the
 * collection file as they are, so notes export and import without a schema change or a new index.
 */
import { NOTES_PREFIX } from '@/lib/schema/settings';
import type { ReportNotes } from '@/lib/types';
import type { ParallaxDB } from './db';

export { NOTES_PREFIX };

/** The settings key of a report's notes. */
export function notesKey(reportId: string): string {
  return `${NOTES_PREFIX}${reportId}`;
}

/** What a note is attached to: the report, or one of its claims. */
export type NoteTarget = { kind: 'report' } | { kind: 'claim'; id: string; text: string };

/** Notes with one note set (an empty note removes it); pure, so the panel's fixture can use it too. */
export function withNote(
  current: ReportNotes | null,
  reportId: string,
  target: NoteTarget,
  note: string,
  now = new Date().toISOString(),
): ReportNotes {
  const next: ReportNotes = current
    ? { ...current, claims: { ...current.claims }, updatedAt: now }
    : { reportId, report: '', claims: {}, updatedAt: now };
  const text = note.trim();
  if (target.kind === 'report') next.report = text;
  else if (text) next.claims[target.id] = { text: target.text, note: text };
  else delete next.claims[target.id];
  return next;
}

/** Two versions of a report's notes merged without losing either (an import into a noted collection). */
export function mergeNotes(a: ReportNotes, b: ReportNotes): ReportNotes {
  const join = (x: string, y: string) => (!x ? y : !y || x === y ? x : `${x}\n\n${y}`);
  const claims = { ...a.claims };
  for (const [id, n] of Object.entries(b.claims))
    claims[id] = claims[id] ? { text: claims[id].text, note: join(claims[id].note, n.note) } : n;
  return {
    reportId: a.reportId,
    report: join(a.report, b.report),
    claims,
    updatedAt: a.updatedAt > b.updatedAt ? a.updatedAt : b.updatedAt,
  };
}

/** Whether a settings value is a notes row's value (a file may hold anything under any key). */
export function isReportNotes(v: unknown): v is ReportNotes {
  const n = v as ReportNotes;
  return (
    !!n &&
    typeof n === 'object' &&
    typeof n.reportId === 'string' &&
    typeof n.report === 'string' &&
    !!n.claims &&
    typeof n.claims === 'object'
  );
}

/** The note on a claim: by id, else by the claim's exact text (ids can change when a page is re-analysed). */
export function claimNote(
  notes: ReportNotes | null | undefined,
  claim: { id: string; text: string },
): string {
  if (!notes) return '';
  return (
    notes.claims[claim.id]?.note ?? Object.values(notes.claims).find((c) => c.text === claim.text)?.note ?? ''
  );
}

/** Every report's notes, by report id. */
export async function allNotes(db: ParallaxDB): Promise<Map<string, ReportNotes>> {
  const rows = await db.settings.where('key').startsWith(NOTES_PREFIX).toArray();
  return new Map(
    rows
      .filter((r) => isReportNotes(r.value))
      .map((r) => [(r.value as ReportNotes).reportId, r.value as ReportNotes]),
  );
}

/** Sets one note on a saved report. */
export async function saveNote(
  db: ParallaxDB,
  reportId: string,
  target: NoteTarget,
  note: string,
): Promise<void> {
  await db.transaction('rw', db.settings, async () => {
    const row = await db.settings.get(notesKey(reportId));
    const current = isReportNotes(row?.value) ? row.value : null;
    await db.settings.put({ key: notesKey(reportId), value: withNote(current, reportId, target, note) });
  });
}
