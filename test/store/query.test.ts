import { describe, expect, it } from 'vitest';
import { candidatesFor, searchReports } from '@/lib/store/query';
import { articleTerms } from '@/lib/store/terms';
import { analyseFixture, makeArticle } from '../fixtures/store/make-articles';
import { freshDb, save, saveMany } from './helpers';

describe('searchReports', () => {
  it('finds reports by stemmed text terms, actor, outlet, topic and date', async () => {
    const db = freshDb();
    await saveMany(db, 30);
    const all = await searchReports(db, {});
    expect(all).toHaveLength(30);
    const drones = await searchReports(db, { text: 'Drones intercepted' });
    expect(drones.length).toBeGreaterThan(0);
    for (const r of drones) expect(r.text.toLowerCase()).toMatch(/intercepted/);
    expect(drones.every((r) => /drone/i.test(r.text))).toBe(true);
    const kh = await searchReports(db, { actorId: 'kataib-hezbollah' });
    expect(kh.length).toBeGreaterThan(0);
    for (const r of kh) expect(r.text).toContain('Kataib Hezbollah');
    const outlet = all[0].outlet;
    const byOutlet = await searchReports(db, { outlet, sort: 'title' });
    expect(byOutlet.every((r) => r.outlet === outlet)).toBe(true);
    expect(byOutlet.map((r) => r.title)).toEqual(
      [...byOutlet.map((r) => r.title)].sort((a, b) => a.localeCompare(b)),
    );
    const y2024 = await searchReports(db, { from: '2024-01-01', to: '2024-12-31' });
    expect(y2024.length).toBeGreaterThan(0);
    expect(y2024.every((r) => r.publishedTime?.startsWith('2024'))).toBe(true);
    const topic = await searchReports(db, { topicId: 'iran-proxies', limit: 3 });
    expect(topic.length).toBeLessThanOrEqual(3);
    expect(await searchReports(db, { text: 'zeppelin' })).toEqual([]);
  });

  it('finds a syndicated copy through its original’s terms', async () => {
    const db = freshDb();
    const a = makeArticle(9);
    await save(db, a);
    const copy = await save(db, {
      ...a,
      url: 'https://mirror.example/a',
      canonicalUrl: 'https://mirror.example/a',
      siteName: 'Mirror',
    });
    const hits = await searchReports(db, { text: 'Pentagon' });
    expect(hits.map((r) => r.id)).toContain(copy.id);
  });
});

describe('candidatesFor', () => {
  it('ranks reports sharing more actors and terms first and leaves out the article itself', async () => {
    const db = freshDb();
    const ids = await saveMany(db, 40);
    const probe = makeArticle(5);
    const analysis = analyseFixture(probe);
    const found = await candidatesFor(
      db,
      {
        actorIds: analysis.actors.map((a) => a.id),
        terms: articleTerms(probe.title, probe.text),
        publishedTime: probe.publishedTime,
        excludeId: ids[5],
      },
      10,
    );
    expect(found).toHaveLength(10);
    expect(found.map((r) => r.id)).not.toContain(ids[5]);
    const overlap = (t: string) =>
      articleTerms('', t).filter((x) => articleTerms(probe.title, probe.text).includes(x)).length;
    const all = await candidatesFor(
      db,
      { actorIds: [], terms: articleTerms(probe.title, probe.text), publishedTime: null },
      40,
    );
    expect(overlap(all[0].text)).toBeGreaterThanOrEqual(overlap(all[all.length - 1].text));
  });

  it('returns nothing for an unrelated article', async () => {
    const db = freshDb();
    await saveMany(db, 5);
    expect(
      await candidatesFor(db, { actorIds: ['nasa'], terms: ['telescope', 'galaxy'], publishedTime: null }),
    ).toEqual([]);
  });
});
