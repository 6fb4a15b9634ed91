/**
 * Importing a collection file: validated whole first, then merged in one transaction (by canonical URL,
 * any known URL, and identical text fingerprint), chunk by chunk with progress. All or nothing.
 */
import type { Report, Result } from '@/lib/types';
import { newReportId } from './build-report';
import { fromRow, toRow } from './compact';
import type { ParallaxDB } from './db';
import type { CollectionFile } from './export';
import { reportKeysMatching } from './index-keys';
import type { ReportRow, VersionRow } from './rows';
import { thinCopy } from './save';
import { toStoreFailure } from './storage';
import { collectionErrors } from './validate-collection';
import { isNewVersion, summariseChange } from './versions-diff';

/** Reports written per chunk; progress is reported after each. */
export const IMPORT_CHUNK = 250;

/** Import progress: `done` of `total` reports written. */
export interface ImportProgress {
  done: number;
  total: number;
}

/** What an import did. */
export interface ImportSummary {
  added: number;
  merged: number;
  copies: number;
  versions: number;
  topics: number;
  settings: number;
}

/** Options: a progress callback (called synchronously inside the import transaction). */
export interface ImportOptions {
  onProgress?: (p: ImportProgress) => void;
}

const sameArray = (a: number[], b: number[]) => a.length === b.length && a.every((x, i) => x === b[i]);

function mergeInto(known: Report, incoming: Report): { merged: Report; displaced: Report | null } {
  const newer = incoming.updatedAt > known.updatedAt ? incoming : known;
  const older = newer === known ? incoming : known;
  const { sameTextAs, ...content } = newer;
  const merged: Report = {
    ...content,
    ...(sameTextAs ? { sameTextAs } : {}),
    id: known.id,
    canonicalUrl: known.canonicalUrl,
    urls: [...new Set([...known.urls, ...incoming.urls])],
    savedAt: known.savedAt < incoming.savedAt ? known.savedAt : incoming.savedAt,
  };
  const displaced =
    !older.sameTextAs && !newer.sameTextAs && isNewVersion(older.text, newer.text) ? older : null;
  return { merged, displaced };
}

async function findTwin(db: ParallaxDB, r: Report, row: ReportRow): Promise<ReportRow | undefined> {
  if (r.sameTextAs || !r.text || !row.lshBands.length) return undefined;
  // An identical fingerprint collides in every band; only those few rows are read.
  const hits = await reportKeysMatching(db, 'lshBands', row.lshBands);
  const full = [...hits].filter(([, n]) => n === new Set(row.lshBands).size).map(([id]) => id);
  const near = await db.reports.bulkGet(full);
  return near.find((n) => n && !n.sameTextAs && sameArray(n.fingerprint, r.fingerprint) && n.text === r.text);
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
  const errors = collectionErrors(data);
  if (errors.length) return { ok: false, error: `Nothing was imported. ${errors.join('; ')}` };
  const file = data as CollectionFile;
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
    for (const s of file.settings) {
      if (!(await db.settings.get(s.key))) {
        await db.settings.put(s);
        summary.settings++;
      }
    }
  });
  return summary;
}

async function importOne(
  db: ParallaxDB,
  original: Report,
  versions: VersionRow[],
  idMap: Map<string, string>,
  summary: ImportSummary,
): Promise<void> {
  let r = original;
  if (r.sameTextAs) {
    const target = idMap.get(r.sameTextAs) ?? r.sameTextAs;
    if (!(await db.reports.get(target)))
      throw new Error(`report ${r.id} is a copy of ${r.sameTextAs}, which is missing`);
    r = { ...r, sameTextAs: target };
  }
  const row = toRow(r);
  const [byCanon, byUrl, taken, twin] = await Promise.all([
    db.reports.where('canonicalUrl').equals(r.canonicalUrl).first(),
    reportKeysMatching(db, 'urls', r.urls),
    db.reports.where('id').equals(r.id).count(),
    findTwin(db, r, row),
  ]);
  const known = byCanon ?? (byUrl.size ? await db.reports.get([...byUrl.keys()][0]) : undefined);
  if (!known) {
    const id = taken ? newReportId(r.savedAt) : r.id;
    idMap.set(original.id, id);
    await db.reports.add(twin ? toRow(thinCopy({ ...r, id }, twin.id)) : { ...row, id });
    if (twin || r.sameTextAs) summary.copies++;
    else summary.added++;
    const moved = versions.map((v) => ({ ...v, id: `${id}:${v.n}`, reportId: id }));
    if (moved.length) await db.versions.bulkPut(moved);
    summary.versions += moved.length;
    return;
  }
  idMap.set(original.id, known.id);
  const current = fromRow(known, known.sameTextAs ? await db.reports.get(known.sameTextAs) : undefined);
  const { merged, displaced } = mergeInto(known.sameTextAs ? { ...current, ...fromRow(known) } : current, r);
  const existing = await db.versions.where('reportId').equals(known.id).toArray();
  const texts = new Set(existing.map((v) => v.text));
  let n = existing.reduce((m, v) => Math.max(m, v.n), 0);
  const added: VersionRow[] = [];
  for (const v of [...versions].sort((a, b) => a.n - b.n)) {
    if (texts.has(v.text) || v.text === merged.text) continue;
    texts.add(v.text);
    added.push({ ...v, n: ++n, id: `${known.id}:${n}`, reportId: known.id });
  }
  if (displaced && !texts.has(displaced.text)) {
    const { title, text, paragraphs } = displaced;
    const change = summariseChange(text, merged.text);
    added.push({
      id: `${known.id}:${++n}`,
      reportId: known.id,
      n,
      title,
      text,
      paragraphs,
      savedAt: displaced.updatedAt,
      replacedAt: merged.updatedAt,
      change,
    });
  }
  if (added.length) await db.versions.bulkPut(added);
  summary.versions += added.length;
  await db.reports.put(toRow({ ...merged, versionCount: existing.length + added.length }));
  summary.merged++;
}
