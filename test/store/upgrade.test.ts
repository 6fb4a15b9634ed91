import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { fromRow } from '@/lib/store/compact';
import { ParallaxDB } from '@/lib/store/db';
import type { ReportRowV1 } from '@/lib/store/rows';
import { SCHEMA_VERSION, STORES_V1 } from '@/lib/store/schema';
import { getVersions } from '@/lib/store/versions';
import type { V1Dump } from '../fixtures/store/make-v1-fixture';
import { makeV1Dump } from '../fixtures/store/make-v1-fixture';

const fixture = JSON.parse(
  readFileSync(resolve(import.meta.dirname, '../fixtures/store/v1-collection.json'), 'utf8'),
) as V1Dump;

async function writeV1(name: string, tables: V1Dump['tables']): Promise<void> {
  const v1 = new Dexie(name);
  v1.version(1).stores(STORES_V1);
  await v1.table('reports').bulkAdd(tables.reports);
  await v1.table('versions').bulkAdd(tables.versions);
  await v1.table('topics').bulkAdd(tables.topics);
  await v1.table('settings').bulkAdd(tables.settings);
  v1.close();
}

const withoutIndex = ({ actorIds: _a, ...r }: ReportRowV1) => r;

describe('schema upgrade v1 → v2', () => {
  it('the committed v1 fixture is what the v1 writer produces', () => {
    expect(makeV1Dump()).toEqual(fixture);
  });

  it('migrates every record of the stored v1 fixture intact', async () => {
    const name = `upgrade-fixture-${Date.now()}`;
    await writeV1(name, fixture.tables);
    const db = new ParallaxDB(name);
    await db.open();
    expect(db.verno).toBe(SCHEMA_VERSION);
    const rows = await db.reports.toArray();
    expect(rows).toHaveLength(fixture.tables.reports.length);
    for (const old of fixture.tables.reports) {
      const row = rows.find((r) => r.id === old.id)!;
      expect(fromRow(row)).toEqual(withoutIndex(old));
      expect(row.actorIds.sort()).toEqual(old.sameTextAs ? [] : [...old.actorIds].sort());
      if (!old.sameTextAs) expect(row.terms.length).toBeGreaterThan(20);
      if (!old.sameTextAs) expect(row.lshBands).toHaveLength(16);
    }
    expect(rows.find((r) => r.id === 'r-v1-1')?.actors.t?.[0]).toBeDefined();
    const versions = await getVersions(db, 'r-v1-2');
    expect(versions.map(({ change: _c, ...v }) => v)).toEqual(fixture.tables.versions);
    // Version 1 lacked the paragraph that version 2 dropped too; the current text has both back.
    expect(versions[0].change.sentencesRemoved.length).toBeGreaterThan(0);
    expect(versions[1].change.sentencesAdded.length).toBeGreaterThan(0);
    expect(await db.topics.toArray()).toEqual(fixture.tables.topics);
    expect(await db.settings.toArray()).toEqual(fixture.tables.settings);
    expect(await db.trash.count()).toBe(0);
    db.close();
  });

  it('upgrades 10,000 stored v1 articles and loses none', { timeout: 240_000 }, async () => {
    const base = fixture.tables.reports.filter((r) => !r.sameTextAs);
    const reports: ReportRowV1[] = Array.from({ length: 10_000 }, (_, i) => {
      const r = base[i % base.length];
      const url = `https://bulk.example/story/${i}`;
      return { ...r, id: `bulk-${i}`, canonicalUrl: url, urls: [url], title: `${r.title} (${i})` };
    });
    const name = `upgrade-10k-${Date.now()}`;
    await writeV1(name, { reports, versions: [], topics: [], settings: [] });
    const db = new ParallaxDB(name);
    await db.open();
    expect(await db.reports.count()).toBe(10_000);
    const ids = new Set(await db.reports.toCollection().primaryKeys());
    expect(reports.every((r) => ids.has(r.id))).toBe(true);
    for (const i of [0, 1, 4999, 9998, 9999]) {
      expect(fromRow((await db.reports.get(`bulk-${i}`))!)).toEqual(withoutIndex(reports[i]));
    }
    expect(await db.reports.where('terms').equals('drone').count()).toBe(10_000);
    db.close();
  });
});
