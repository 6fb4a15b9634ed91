/**
 * Schema versions of the Parallax database and the upgrades between them. v1 stored whole reports; v2
 * stores compact rows with search, topic and near-duplicate indexes, version change summaries and a trash;
 * v3 keeps v2's layout with search terms made by the shared language floor (`lib/text`).
 */
import type { Transaction } from 'dexie';
import { toRow } from './compact';
import type { ReportRow, ReportRowV1, VersionRow, VersionRowV1 } from './rows';
import { articleTerms } from './terms';
import { summariseChange } from './versions-diff';

/** Table layout of schema v1. */
export const STORES_V1 = {
  reports: 'id, &canonicalUrl, *urls, outlet, publishedTime, savedAt, *actorIds',
  versions: 'id, reportId',
  topics: 'id',
  settings: 'key',
};

/** Table layout of schema v2. */
export const STORES_V2 = {
  reports:
    'id, &canonicalUrl, *urls, outlet, title, publishedTime, savedAt, updatedAt, sameTextAs, *actorIds, *terms, *topicIds, *lshBands',
  versions: 'id, reportId',
  topics: 'id',
  settings: 'key',
  trash: 'token, deletedAt',
};

/**
 * Table layout of schema v3 (current): reports gain their event and story ids, assigned at save time, and every
 * report's index terms are rebuilt with the language floor. Rows saved before v3 have no event until they are
 * saved again; comparison falls back to its pairwise rule.
 */
export const STORES_V3 = {
  ...STORES_V2,
  reports: `${STORES_V2.reports}, eventId, storyId`,
};

/** Rows rewritten per step of an upgrade. */
export const UPGRADE_PAGE = 500;

/** The current schema version. */
export const SCHEMA_VERSION = 3;

// Upgrades that already wrote every report's index fields with today's code, so later steps of the same
// upgrade need not rebuild them again.
const freshIndex = new WeakSet<Transaction>();

/** v1 → v2: compact every report, index it, and summarise what each kept version changed. */
export async function upgradeToV2(tx: Transaction): Promise<void> {
  freshIndex.add(tx);
  const versions = (await tx.table('versions').toArray()) as VersionRowV1[];
  const byReport = new Map<string, VersionRowV1[]>();
  for (const v of versions) byReport.set(v.reportId, [...(byReport.get(v.reportId) ?? []), v]);
  const owners = (await tx.table('reports').bulkGet([...byReport.keys()])) as (ReportRowV1 | undefined)[];
  const upgraded: VersionRow[] = [];
  [...byReport.values()].forEach((list, i) => {
    list.sort((a, b) => a.n - b.n);
    list.forEach((v, k) => {
      const next = list[k + 1]?.text ?? owners[i]?.text ?? v.text;
      upgraded.push({ ...v, change: summariseChange(v.text, next) });
    });
  });
  await tx.table('versions').bulkPut(upgraded);
  // Paged bulkPut rather than modify(): one cursor step per row is several times slower on large stores.
  const reports = tx.table('reports');
  let last = '';
  for (;;) {
    const page = (await reports.where(':id').above(last).limit(UPGRADE_PAGE).toArray()) as ReportRowV1[];
    if (page.length === 0) break;
    await reports.bulkPut(page.map(({ actorIds: _ignored, ...report }) => toRow(report)));
    last = page[page.length - 1].id;
  }
}

/**
 * v2 → v3: rebuild every report's search terms. v2 stemmed them its own way, so claim fingerprints (stemmed
 * the analyser's way) missed them; the shared floor makes both the same. Copies index nothing and stay.
 */
export async function upgradeToV3(tx: Transaction): Promise<void> {
  if (freshIndex.has(tx)) return;
  const reports = tx.table('reports');
  let last = '';
  for (;;) {
    const page = (await reports.where(':id').above(last).limit(UPGRADE_PAGE).toArray()) as ReportRow[];
    if (page.length === 0) break;
    const changed = page.filter((row) => {
      if (row.sameTextAs) return false;
      const terms = articleTerms(row.title, row.text);
      if (terms.length === row.terms.length && terms.every((t, i) => t === row.terms[i])) return false;
      row.terms = terms;
      return true;
    });
    if (changed.length) await reports.bulkPut(changed);
    last = page[page.length - 1].id;
  }
}
