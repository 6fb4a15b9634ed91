/** Export and import of the collection for the panel and options page, with readable failures. */
import type { ParallaxDB } from '@/lib/store/db';
import { getReports } from '@/lib/store/query';
import { SCHEMA_VERSION } from '@/lib/store/schema';
import type { Result } from '@/lib/types';
import { failure } from './source';

/** The whole collection as a JSON file. */
export async function exportCollection(db: ParallaxDB): Promise<Result<{ name: string; text: string }>> {
  try {
    const ids = (await db.reports.toCollection().primaryKeys()) as string[];
    const reports = await getReports(db, ids);
    const text = JSON.stringify({ format: 'parallax-collection', version: SCHEMA_VERSION, reports }, null, 1);
    return { ok: true, value: { name: `parallax-${new Date().toISOString().slice(0, 10)}.json`, text } };
  } catch (err) {
    return failure(err);
  }
}

/** Imports a collection file; nothing is written unless the whole file is valid. */
export async function importCollection(
  _db: ParallaxDB,
  text: string,
  _onProgress: (done: number, total: number) => void,
): Promise<Result<{ added: number }>> {
  try {
    const data: unknown = JSON.parse(text);
    const version = (data as { version?: unknown }).version;
    if (typeof version === 'number' && version > SCHEMA_VERSION)
      return {
        ok: false,
        error: `This file was made by a newer Parallax (format ${version}); update Parallax first.`,
      };
    return { ok: false, error: 'Import is not wired to the store yet.' };
  } catch {
    return { ok: false, error: 'This is not a JSON file.' };
  }
}
