/**
 * Saving an analysed article: one read-write transaction decides between update (a known URL), new
 * version (a known URL whose words changed), syndicated copy (same text elsewhere) and new report.
 */
import type { Analysis, Article, Report } from '@/lib/types';
import { draftEventFeatures, withEvent } from './assign-event';
import { buildReport } from './build-report';
import { fromRow, toRow } from './compact';
import type { ParallaxDB } from './db';
import { estimatedJaccard, shingleJaccard } from './fingerprint';
import { reportKeysMatching } from './index-keys';
import type { ReportRow } from './rows';
import { isNewVersion, summariseChange } from './versions-diff';

/** Shingle Jaccard at or above which another URL's text counts as a syndicated copy. */
export const SAME_TEXT_JACCARD = 0.9;
// The signature estimate only pre-filters; the exact shingle comparison decides.
const ESTIMATE_FLOOR = 0.7;
const MAX_NEAR_CHECKS = 8;
const MIN_BAND_HITS = 3;

/** What to save. */
export interface SaveInput {
  article: Article;
  analysis: Analysis;
  savedAt?: string;
}

/** What a save did. */
export interface SaveOutcome {
  id: string;
  created: boolean;
  /** Set when the article was stored as a syndicated copy of this report id. */
  sameTextAs?: string;
  /** True when a known URL came back with changed words and the earlier text was kept as a version. */
  newVersion?: boolean;
  /** The event and story a new report was placed in. */
  eventId?: string;
  storyId?: string;
}

/** The thin record of a syndicated copy: metadata and URLs, text and analysis borrowed from `originalId`. */
export function thinCopy(report: Report, originalId: string): Report {
  return { ...report, sameTextAs: originalId, text: '', paragraphs: [], topics: [], actors: [], claims: [] };
}

async function findNearCopy(db: ParallaxDB, row: ReportRow, text: string): Promise<ReportRow | undefined> {
  if (!text.trim()) return undefined;
  const hits = await reportKeysMatching(db, 'lshBands', row.lshBands);
  // At Jaccard 0.9 about 10 of 16 bands collide; fewer than 3 means the texts are far apart.
  const ids = [...hits.entries()]
    .filter(([, n]) => n >= MIN_BAND_HITS)
    .sort((a, b) => b[1] - a[1])
    .slice(0, MAX_NEAR_CHECKS);
  for (const cand of await db.reports.bulkGet(ids.map(([id]) => id))) {
    if (!cand || cand.sameTextAs) continue;
    if (estimatedJaccard(cand.fingerprint, row.fingerprint) < ESTIMATE_FLOOR) continue;
    if (shingleJaccard(cand.text, text) >= SAME_TEXT_JACCARD) return cand;
  }
  return undefined;
}

async function findKnown(db: ParallaxDB, report: Report): Promise<ReportRow | undefined> {
  return (
    (await db.reports.where('canonicalUrl').equals(report.canonicalUrl).first()) ??
    (await db.reports.get([...(await reportKeysMatching(db, 'urls', report.urls)).keys()][0] ?? ''))
  );
}

/** The event fields a row carries, to keep them across an update. */
function eventFieldsOf(row: ReportRow): Partial<Report> {
  const { eventId, storyId, eventTitle, storyTitle } = row;
  return eventId ? { eventId, storyId, eventTitle, storyTitle } : {};
}

async function updateKnown(db: ParallaxDB, known: ReportRow, draft: Report): Promise<SaveOutcome> {
  const original = known.sameTextAs ? await db.reports.get(known.sameTextAs) : undefined;
  const current = fromRow(known, original);
  const urls = [...new Set([...known.urls, ...draft.urls])];
  const fields = { ...draft, id: known.id, canonicalUrl: known.canonicalUrl, savedAt: known.savedAt, urls };
  // A revisit keeps the event it was given; a report saved before events existed gets one now.
  const base = known.eventId ? { ...fields, ...eventFieldsOf(known) } : await withEvent(db, fields);
  const changed = isNewVersion(current.text, draft.text);
  if (known.sameTextAs && !changed) {
    await db.reports.put(toRow({ ...thinCopy(base, known.sameTextAs), versionCount: known.versionCount }));
    return { id: known.id, created: false, sameTextAs: known.sameTextAs, newVersion: false };
  }
  const versionCount = known.versionCount + (changed ? 1 : 0);
  if (changed) {
    await db.versions.put({
      id: `${known.id}:${versionCount}`,
      reportId: known.id,
      n: versionCount,
      title: current.title,
      text: current.text,
      paragraphs: current.paragraphs,
      savedAt: known.updatedAt,
      replacedAt: draft.updatedAt,
      change: summariseChange(current.text, draft.text),
    });
  }
  const { sameTextAs: _dropped, ...full } = base;
  await db.reports.put(toRow({ ...full, versionCount }));
  return { id: known.id, created: false, newVersion: changed };
}

/** Saves an analysed article atomically: a failure part-way leaves the database as it was. */
export async function saveReport(db: ParallaxDB, input: SaveInput): Promise<SaveOutcome> {
  const built = buildReport(input.article, input.analysis, input.savedAt ?? new Date().toISOString());
  // Hashing, compaction and event features are CPU work: done before the transaction so it stays short.
  const draft = { ...built, eventFeatures: draftEventFeatures(built) };
  const draftRow = toRow(draft);
  return db.transaction('rw', db.reports, db.versions, async () => {
    const known = await findKnown(db, draft);
    if (known) return updateKnown(db, known, draft);
    const original = await findNearCopy(db, draftRow, draft.text);
    if (original) {
      // A syndicated copy tells its original's event.
      await db.reports.add(toRow({ ...thinCopy(draft, original.id), ...eventFieldsOf(original) }));
      return { id: draft.id, created: true, sameTextAs: original.id };
    }
    const placed = await withEvent(db, draft);
    const { eventId, storyId, eventTitle, storyTitle } = placed;
    await db.reports.add({ ...draftRow, eventId, storyId, eventTitle, storyTitle });
    return { id: draft.id, created: true, eventId, storyId };
  });
}
