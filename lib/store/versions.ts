/** Reading the kept earlier versions of a report. */
import type { ParallaxDB } from './db';
import type { VersionRow } from './rows';

/** A report's earlier versions, oldest first, each with what the next text changed. */
export async function getVersions(db: ParallaxDB, reportId: string): Promise<VersionRow[]> {
  const rows = await db.versions.where('reportId').equals(reportId).toArray();
  return rows.sort((a, b) => a.n - b.n);
}
