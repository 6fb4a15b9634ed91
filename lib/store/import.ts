/**
 * Importing a collection file: validated whole first, then merged in one transaction (by canonical URL,
 * any known URL, and identical text fingerprint), chunk by chunk with progress. All or nothing.
 */

import type { ImportProgress, ImportSummary, Result } from '@/lib/types';
import type { ParallaxDB } from './db';
import type { CollectionFile } from './export';
import { importOne } from './import-merge';
import { isReportNotes, mergeNotes, notesKey } from './notes';
import type { VersionRow } from './rows';
import { toStoreFailure } from './storage';
import { checkCollection } from './validate-collection';

/** Reports written per chunk; progress is reported after each. */
export const IMPORT_CHUNK = 250;

/** Options: a progress callback (called synchronously inside the import transaction). */
export interface ImportOptions {
  onProgress?: (p: ImportProgress) => void;
}

/** Imports a collection file (JSON text or parsed); refuses a bad or newer file whole, changing nothing. */
export async function importCollection(
  db: ParallaxDB,
  input: string | unknown,
  options: ImportOptions = {},
): Promise<Result<ImportSummary>> {
  let data: unknown = input;
  if (typeof input === 'string') {
    try {
      data = JSON.parse(input);
    } catch {
      return {
        ok: false,
        error: 'This file is not valid JSON, so it cannot be a Parallax collection. Nothing was imported.',
      };
    }
  }
  // Only the checked, cleaned copy is written: unknown fields never reach the database.
  const checked = checkCollection(data);
  if (!checked.ok) return { ok: false, error: `Nothing was imported. ${checked.errors.join('; ')}` };
  const { file } = checked;
  try {
    return { ok: true, value: await writeCollection(db, file, options) };
  } catch (err) {
    return toStoreFailure(err, 'Import');
  }
}

async function writeCollection(
  db: ParallaxDB,
  file: CollectionFile,
  options: ImportOptions,
): Promise<ImportSummary> {
  const summary: ImportSummary = { added: 0, merged: 0, copies: 0, versions: 0, topics: 0, settings: 0 };
  // Originals first, so copies can point at where their original ended up.
  const ordered = [...file.reports.filter((r) => !r.sameTextAs), ...file.reports.filter((r) => r.sameTextAs)];
  const versionsOf = new Map<string, VersionRow[]>();
  for (const v of file.versions) versionsOf.set(v.reportId, [...(versionsOf.get(v.reportId) ?? []), v]);
  const idMap = new Map<string, string>();
  const tables = [db.reports, db.versions, db.topics, db.settings];
  await db.transaction('rw', tables, async () => {
    for (let at = 0; at < ordered.length; at += IMPORT_CHUNK) {
      for (const incoming of ordered.slice(at, at + IMPORT_CHUNK)) {
        await importOne(db, incoming, versionsOf.get(incoming.id) ?? [], idMap, summary);
      }
      options.onProgress?.({ done: Math.min(at + IMPORT_CHUNK, ordered.length), total: ordered.length });
    }
    for (const t of file.topics) {
      if (!(await db.topics.get(t.id))) {
        await db.topics.put(t);
        summary.topics++;
      }
    }
    for (const row of file.settings) {
      // A report merged into one already here has its id changed: its notes follow it.
      const id = isReportNotes(row.value) ? (idMap.get(row.value.reportId) ?? row.value.reportId) : null;
      const s =
        id && isReportNotes(row.value) ? { key: notesKey(id), value: { ...row.value, reportId: id } } : row;
      const have = await db.settings.get(s.key);
      // Notes on a report already noted here merge, so importing never drops either side's notes.
      if (have && isReportNotes(have.value) && isReportNotes(s.value)) {
        await db.settings.put({ key: s.key, value: mergeNotes(have.value, s.value) });
        summary.settings++;
      } else if (!have) {
        await db.settings.put(s);
        summary.settings++;
      }
    }
  });
  return summary;
}
