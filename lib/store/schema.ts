/**
 * Schema versions of the Parallax database and the upgrade between them. v1 stored whole reports; v2
 * stores compact rows with search, topic and near-duplicate indexes, version change summaries and a trash.
 */
import type { Transaction } from 'dexie';
import { toRow } from './compact';
import type { ReportRowV1, VersionRow, VersionRowV1 } from './rows';
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
 * Table layout of schema v3 (current): reports gain their event and story ids, assigned at save time.
 * Rows saved before v3 have neither until they are saved again; comparison falls back to its pairwise rule.
 */
export const STORES_V3 = {
  ...STORES_V2,
  reports: `${STORES_V2.reports}, eventId, storyId`,
};

/** Rows rewritten per step of the v2 upgrade. */
export const UPGRADE_PAGE = 500;

/** The current schema version. */
export const SCHEMA_VERSION = 3;

/** v1 → v2: compact every report, index it, and summarise what each kept version changed. */
export async function upgradeToV2(tx: Transaction): Promise<void> {
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
