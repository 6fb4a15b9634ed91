import { describe, expect, it } from 'vitest';
import { exportCollection, exportStoryMarkdown, importCollection } from '@/lib/panel/collection-io';
import { articleOf } from '@/lib/panel/follow';
import { ParallaxDB } from '@/lib/store/db';
import { saveReport } from '@/lib/store/save';
import { buildPanelFixture } from '@/test/fixtures/panel/fixtures';

let n = 0;
const freshDb = () => new ParallaxDB(`panel-io-${++n}-${Date.now()}`);

async function seeded(): Promise<ParallaxDB> {
  const db = freshDb();
  const fx = buildPanelFixture();
  for (const r of fx.reports) {
    await saveReport(db, {
      article: articleOf(r),
      analysis: { actors: r.actors, claims: r.claims, topics: r.topics },
    });
  }
  return db;
}

describe('collection export and import from the panel', () => {
  it('round-trips the collection through a JSON file with progress', async () => {
    const from = await seeded();
    const file = await exportCollection(from);
    if (!file.ok) throw new Error(file.error);
    expect(file.value.name).toMatch(/^parallax-\d{4}-\d{2}-\d{2}\.json$/);
    const to = freshDb();
    const progress: number[] = [];
    const r = await importCollection(to, file.value.text, (done) => progress.push(done));
    expect(r).toEqual({ ok: true, value: { added: 3 } });
    expect(progress.at(-1)).toBe(3);
    expect(await to.reports.count()).toBe(3);
  });

  it('refuses bad and future files with a clear message and writes nothing', async () => {
    const db = freshDb();
    const notJson = await importCollection(db, '{ nope', () => {});
    expect(notJson.ok).toBe(false);
    if (!notJson.ok) expect(notJson.error).toMatch(/not valid JSON/);
    const from = await seeded();
    const file = await exportCollection(from);
    if (!file.ok) throw new Error(file.error);
    const future = JSON.stringify({ ...JSON.parse(file.value.text), version: 99 });
    const r = await importCollection(db, future, () => {});
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.length).toBeGreaterThan(10);
    expect(await db.reports.count()).toBe(0);
  });

  it('exports a story as Markdown', async () => {
    const db = await seeded();
    const ids = (await db.reports.toCollection().primaryKeys()) as string[];
    const md = await exportStoryMarkdown(db, ids.slice(0, 2), 'Jordan drone strike');
    if (!md.ok) throw new Error(md.error);
    expect(md.value.name).toBe('parallax-jordan-drone-strike.md');
    expect(md.value.text).toContain('Jordan drone strike');
  });
});
