/**
 * Deleting reports, undoably. A deletion moves the rows it touches into the trash as they were; undo puts
 * them back. Deleting an original promotes its first syndicated copy, so copies never dangle.
 */

import type { Table } from 'dexie';
import { fromRow, toRow } from './compact';
import type { ParallaxDB } from './db';
import { NOTES_PREFIX } from './notes';
import type { ReportRow, TrashRow, VersionRow } from './rows';

/** Undoable deletions kept; older ones are forgotten. */
export const TRASH_KEEP = 20;

function newToken(): string {
  const r = new Uint32Array(2);
  crypto.getRandomValues(r);
  return `t${Date.now().toString(36)}${r[0].toString(36)}${r[1].toString(36)}`;
}

async function removeRows(db: ParallaxDB, ids: string[]): Promise<TrashRow> {
  const gone = new Set(ids);
  const rows = (await db.reports.bulkGet(ids)).filter((r): r is ReportRow => !!r);
  const before: ReportRow[] = [...rows];
  const versions: VersionRow[] = await db.versions.where('reportId').anyOf(ids).toArray();
  for (const original of rows) {
    if (original.sameTextAs) continue;
    const copies = (await db.reports.where('sameTextAs').equals(original.id).toArray()).filter(
      (c) => !gone.has(c.id),
    );
    if (copies.length === 0) continue;
    // The earliest-saved surviving copy inherits the text and analysis; the others follow it.
    copies.sort((a, b) => a.savedAt.localeCompare(b.savedAt));
    const [heir, ...rest] = copies;
    before.push(...copies);
    const { sameTextAs: _s, ...promoted } = fromRow(heir, original);
    await db.reports.put(toRow(promoted));
    await db.reports.bulkPut(rest.map((c) => ({ ...c, sameTextAs: heir.id })));
  }
  await db.versions.bulkDelete(versions.map((v) => v.id));
  await db.reports.bulkDelete(rows.map((r) => r.id));
  const entry: TrashRow = {
    token: newToken(),
    deletedAt: new Date().toISOString(),
    deletedIds: rows.map((r) => r.id),
    reports: before,
    versions,
  };
  await db.trash.put(entry);
  const old = await db.trash.orderBy('deletedAt').reverse().offset(TRASH_KEEP).primaryKeys();
  await db.trash.bulkDelete(old);
  return entry;
}

function rw<T>(db: ParallaxDB, work: () => Promise<T>): Promise<T> {
  const tables: Table[] = [db.reports, db.versions, db.trash];
  return db.transaction('rw', tables, work);
}

/** Deletes reports by id; returns the undo token, or null when none of them existed. */
export async function deleteReports(db: ParallaxDB, ids: string[]): Promise<string | null> {
  return rw(db, async () => {
    const entry = await removeRows(db, ids);
    return entry.deletedIds.length ? entry.token : null;
  });
}

/** Deletes one report; returns the token that `undoDelete` takes, or null when it did not exist. */
export function deleteReport(db: ParallaxDB, id: string): Promise<string | null> {
  return deleteReports(db, [id]);
}

/** Deletes every report matched to a topic; returns the undo token, or null when there were none. */
export async function deleteTopicReports(db: ParallaxDB, topicId: string): Promise<string | null> {
  const ids = await db.reports.where('topicIds').equals(topicId).primaryKeys();
  return ids.length ? deleteReports(db, ids) : null;
}

/** Restores what a deletion removed. Throws when the token is unknown or a URL was saved again since. */
export async function undoDelete(db: ParallaxDB, token: string): Promise<string[]> {
  return rw(db, async () => {
    const entry = await db.trash.get(token);
    if (!entry) throw new Error('This deletion can no longer be undone.');
    for (const r of entry.reports) {
      const clash = await db.reports.where('canonicalUrl').equals(r.canonicalUrl).first();
      if (clash && clash.id !== r.id) {
        throw new Error(`Cannot undo: ${r.canonicalUrl} was saved again after the deletion.`);
      }
    }
    await db.reports.bulkPut(entry.reports);
    await db.versions.bulkPut(entry.versions);
    await db.trash.delete(token);
    return entry.deletedIds;
  });
}

/** Deletes every report, version, trash entry and note (not undoable); topics and other settings stay. */
export async function deleteAll(db: ParallaxDB): Promise<void> {
  await db.transaction('rw', [db.reports, db.versions, db.trash, db.settings], async () => {
    await Promise.all([
      db.reports.clear(),
      db.versions.clear(),
      db.trash.clear(),
      // Notes belong to the reports: they go with them.
      db.settings.where('key').startsWith(NOTES_PREFIX).delete(),
    ]);
  });
}
