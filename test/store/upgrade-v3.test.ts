import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { fromRow } from '@/lib/store/compact';
import { ParallaxDB } from '@/lib/store/db';
import type { ReportRow, SettingRow, TopicRow, VersionRow } from '@/lib/store/rows';
import { SCHEMA_VERSION, STORES_V1, STORES_V2 } from '@/lib/store/schema';
import { articleTerms } from '@/lib/store/terms';

/**
 * A schema-v2 database as v2 code wrote it: five generated reports (the first two paragraphs of
 * `makeArticle(i, 12)`, analysed with `analyseFixture`; short, so that 10,000 of them are quick to write)
 * and a syndicated copy, saved with `saveReport` and dumped, index terms and all, before the language floor
 * changed how terms are stemmed.
 */
interface V2Dump {
  schema: 2;
  tables: { reports: ReportRow[]; versions: VersionRow[]; topics: TopicRow[]; settings: SettingRow[] };
}

const fixture = JSON.parse(
  readFileSync(resolve(import.meta.dirname, '../fixtures/store/v2-collection.json'), 'utf8'),
) as V2Dump;

async function writeV2(name: string, reports: ReportRow[]): Promise<void> {
  const v2 = new Dexie(name);
  v2.version(1).stores(STORES_V1);
  v2.version(2).stores(STORES_V2);
  // One transaction per thousand rows: fake-indexeddb slows down on very large single transactions.
  for (let i = 0; i < reports.length; i += 1000)
    await v2.table('reports').bulkAdd(reports.slice(i, i + 1000));
  v2.close();
}

const originals = fixture.tables.reports.filter((r) => !r.sameTextAs);
const copy = fixture.tables.reports.find((r) => r.sameTextAs)!;

/** Report `i` of the bulk collection: every tenth a syndicated copy of the report before it. */
function bulkRow(i: number): ReportRow {
  const url = `https://bulk.example/story/${i}`;
  if (i % 10 === 9)
    return { ...copy, id: `bulk-${i}`, sameTextAs: `bulk-${i - 1}`, canonicalUrl: url, urls: [url] };
  const r = originals[i % originals.length];
  return { ...r, id: `bulk-${i}`, canonicalUrl: url, urls: [url], title: `${r.title} (${i})` };
}

const withoutTerms = ({ terms: _t, ...r }: ReportRow) => r;

describe('schema upgrade v2 → v3', () => {
  it('the v2 fixture holds the v2 stemming the floor replaces', () => {
    // v2 indexed "drone" and "strike"; the floor stems them as claim fingerprints do.
    for (const r of originals) expect(r.terms).toEqual(expect.arrayContaining(['drone', 'strike']));
    for (const r of originals)
      expect(articleTerms(r.title, r.text)).toEqual(expect.arrayContaining(['dron', 'strik']));
  });

  it('rebuilds the terms of 10,000 stored v2 reports, loses nothing, finds each by its terms', {
    timeout: 120_000,
  }, async () => {
    const reports = Array.from({ length: 10_000 }, (_, i) => bulkRow(i));
    const name = `upgrade-v3-${Date.now()}`;
    await writeV2(name, reports);
    const db = new ParallaxDB(name);
    await db.open();
    expect(db.verno).toBe(SCHEMA_VERSION);
    const rows = await db.reports.toArray();
    expect(rows).toHaveLength(reports.length);
    const byId = new Map(rows.map((r) => [r.id, r]));
    const expected = new Map<string, string[]>();
    const changed: string[] = [];
    const wrongTerms: string[] = [];
    for (const old of reports) {
      const row = byId.get(old.id);
      // Everything but the index terms is as v2 stored it (structured clone keeps key order).
      if (!row || JSON.stringify(withoutTerms(row)) !== JSON.stringify(withoutTerms(old)))
        changed.push(old.id);
      const terms = old.sameTextAs ? [] : articleTerms(old.title, old.text);
      if (JSON.stringify(row?.terms) !== JSON.stringify(terms)) wrongTerms.push(old.id);
      expected.set(old.id, terms);
    }
    expect(changed).toEqual([]);
    expect(wrongTerms).toEqual([]);
    expect(fromRow(byId.get('bulk-0')!)).toEqual(fromRow(reports[0]));

    // Through the index itself: each shared term indexes exactly the reports whose terms hold it (so, with
    // the row check above, every report is found by each of its terms); title numbers, one report's own
    // term each, are looked up for a sample.
    const counts = new Map<string, number>();
    for (const terms of expected.values()) for (const t of terms) counts.set(t, (counts.get(t) ?? 0) + 1);
    const wrongCounts: string[] = [];
    for (const [t, n] of counts)
      if (n > 1 && (await db.reports.where('terms').equals(t).count()) !== n) wrongCounts.push(t);
    expect(wrongCounts).toEqual([]);
    for (let i = 10; i < reports.length; i += 97) {
      if (reports[i].sameTextAs) continue;
      expect(await db.reports.where('terms').equals(String(i)).primaryKeys()).toContain(`bulk-${i}`);
    }
    expect(await db.reports.where('terms').equals('dron').count()).toBe(9_000);
    expect(await db.reports.where('terms').equals('drone').count()).toBe(0);
    db.close();
  });
});
