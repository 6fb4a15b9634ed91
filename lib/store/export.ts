/** Exporting the collection as a versioned, human-readable JSON document (see docs/export-format.md). */
import type { Report, TopicProfile } from '@/lib/types';
import { fromRow } from './compact';
import type { ParallaxDB } from './db';
import type { SettingRow, VersionRow } from './rows';

/** The `format` value of a Parallax collection file. */
export const COLLECTION_FORMAT = 'parallax-collection';
/** The newest collection file version this code writes and reads. */
export const COLLECTION_VERSION = 1;

/** A collection file. Syndicated copies appear thin: `sameTextAs` set, empty text and analysis. */
export interface CollectionFile {
  format: typeof COLLECTION_FORMAT;
  version: typeof COLLECTION_VERSION;
  exportedAt: string;
  reports: Report[];
  versions: VersionRow[];
  topics: TopicProfile[];
  settings: SettingRow[];
}

const byKey =
  <T>(key: (x: T) => string) =>
  (a: T, b: T) =>
    key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0;

/** The whole collection (reports, versions, topics, settings; not the undo trash), in a stable order. */
export async function exportCollection(
  db: ParallaxDB,
  exportedAt = new Date().toISOString(),
): Promise<CollectionFile> {
  return db.transaction('r', [db.reports, db.versions, db.topics, db.settings], async () => {
    const [rows, versions, topics, settings] = await Promise.all([
      db.reports.toArray(),
      db.versions.toArray(),
      db.topics.toArray(),
      db.settings.toArray(),
    ]);
    return {
      format: COLLECTION_FORMAT,
      version: COLLECTION_VERSION,
      exportedAt,
      // Copies stay thin in the file, exactly as stored, so the file never repeats an article's text.
      reports: rows.map((r) => fromRow(r)).sort(byKey((r) => r.id)),
      versions: versions.sort(byKey((v) => v.id)),
      topics: topics.sort(byKey((t) => t.id)),
      settings: settings.sort(byKey((s) => s.key)),
    };
  });
}

/** The collection as pretty-printed JSON text, ready to save as a file. */
export async function exportCollectionJson(db: ParallaxDB, exportedAt?: string): Promise<string> {
  return `${JSON.stringify(await exportCollection(db, exportedAt), null, 1)}\n`;
}
