/**
 * Runs the real collection export (JSON and Markdown) and import on report rows read from a browser, in a
 * fresh fake IndexedDB, and prints what the hostile e2e test checks. Usage: tsx scripts/lib/fuzz-export-check.ts rows.json
 */
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { storyMarkdown } from '@/lib/compare/markdown';
import { ParallaxDB } from '@/lib/store/db';
import { exportCollection, exportCollectionJson } from '@/lib/store/export';
import { importCollection } from '@/lib/store/import';
import type { ReportRow } from '@/lib/store/rows';

const AT = '2024-02-01T00:00:00.000Z';

/** Exports the rows, re-imports the JSON into a second database and exports again; prints both files and the check. */
async function main(file: string): Promise<void> {
  const rows = JSON.parse(readFileSync(file, 'utf8')) as ReportRow[];
  const db = new ParallaxDB(`export-check-${Date.now()}`);
  await db.reports.bulkAdd(rows);
  const json = await exportCollectionJson(db, AT);
  const copy = new ParallaxDB(`import-check-${Date.now()}`);
  const imported = await importCollection(copy, json);
  const before = (await exportCollection(db, AT)).reports;
  const after = (await exportCollection(copy, AT)).reports;
  const markdown = storyMarkdown(before, 'Hostile <script>alert(1)</script> story');
  process.stdout.write(
    JSON.stringify({
      json,
      markdown,
      importOk: imported.ok,
      roundTrip: JSON.stringify(before) === JSON.stringify(after),
    }),
  );
}

void main(process.argv[2] ?? '');
