/** Merging one imported report into the stored collection (by URL, then by identical text). */
import type { ImportSummary, Report } from '@/lib/types';
import { newReportId } from './build-report';
import { fromRow, toRow } from './compact';
import type { ParallaxDB } from './db';
import { reportKeysMatching } from './index-keys';
import type { ReportRow, VersionRow } from './rows';
import { thinCopy } from './save';
import { isNewVersion, summariseChange } from './versions-diff';

const sameArray = (a: number[], b: number[]) => a.length === b.length && a.every((x, i) => x === b[i]);

// A day of clock skew between machines is tolerated; a later date is a file claiming the future.
const FUTURE_SLACK_MS = 86_400_000;

/** True when `incoming` was updated after `known`: real instants compared, never strings; the future never wins. */
export function isNewerUpdate(incoming: string, known: string, now = Date.now()): boolean {
  const a = Date.parse(incoming);
  const b = Date.parse(known);
  if (!Number.isFinite(a) || a > now + FUTURE_SLACK_MS) return false;
  return !Number.isFinite(b) || a > b;
}

const earliest = (a: string, b: string) => (Date.parse(b) < Date.parse(a) ? b : a);

function mergeInto(known: Report, incoming: Report): { merged: Report; displaced: Report | null } {
  const newer = isNewerUpdate(incoming.updatedAt, known.updatedAt) ? incoming : known;
  const older = newer === known ? incoming : known;
  const { sameTextAs, ...content } = newer;
  const merged: Report = {
    ...content,
    ...(sameTextAs ? { sameTextAs } : {}),
    id: known.id,
    canonicalUrl: known.canonicalUrl,
    urls: [...new Set([...known.urls, ...incoming.urls])],
    savedAt: earliest(known.savedAt, incoming.savedAt),
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

/** Writes one imported report (and its versions), merging it with what is stored; ids are remapped in `idMap`. */
export async function importOne(
  db: ParallaxDB,
  original: Report,
  versions: VersionRow[],
  idMap: Map<string, string>,
  summary: ImportSummary,
): Promise<void> {
  let r = original;
  if (r.sameTextAs) {
    const target = idMap.get(r.sameTextAs) ?? r.sameTextAs;
    const original = await db.reports.get(target);
    if (!original) throw new Error(`report ${r.id} is a copy of ${r.sameTextAs}, which is missing`);
    // A copy borrows its original's text; a chain of copies would borrow nothing.
    if (original.sameTextAs) throw new Error(`report ${r.id} is a copy of ${r.sameTextAs}, itself a copy`);
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
