/** Import files that try to overwrite, brick or bloat the collection: refused whole, or cleaned before writing. */
import { describe, expect, it } from 'vitest';
import { exportCollection } from '@/lib/store/export';
import { importCollection } from '@/lib/store/import';
import { getReports } from '@/lib/store/query';
import type { Report } from '@/lib/types';
import { makeArticle } from '../fixtures/store/make-articles';
import { dump, freshDb, save } from './helpers';

async function oneReportDb() {
  const db = freshDb();
  await save(db, makeArticle(1), '2024-03-01T10:00:00.000Z');
  return { db, file: await exportCollection(db) };
}

const withReport = (
  file: Awaited<ReturnType<typeof exportCollection>>,
  change: Partial<Report> | object,
) => ({
  ...file,
  reports: [{ ...file.reports[0], ...change }],
});

describe('import refuses files that would corrupt the collection', () => {
  it('refuses malformed dates, spans, characters, URLs and copy chains, changing nothing', async () => {
    const { db, file } = await oneReportDb();
    const r0 = file.reports[0];
    const before = await dump(db);
    const copy = (id: string, of: string) => ({
      ...r0,
      id,
      sameTextAs: of,
      urls: [`https://c.example/${id}`],
      canonicalUrl: `https://c.example/${id}`,
      text: '',
      paragraphs: [],
      claims: [],
      actors: [],
      topics: [],
    });
    const cases: [string, unknown][] = [
      ['string date', withReport(file, { updatedAt: 'zzz' })],
      ['negative span', withReport(file, { paragraphs: [{ start: -5, end: 3 }] })],
      ['span past the text', withReport(file, { paragraphs: [{ start: 0, end: r0.text.length + 10 }] })],
      ['reversed span', withReport(file, { paragraphs: [{ start: 9, end: 3 }] })],
      ['fractional offset', withReport(file, { paragraphs: [{ start: 0.5, end: 3 }] })],
      ['NUL', withReport(file, { title: 'Strike\u0000' })],
      ['lone surrogate', withReport(file, { outlet: 'Wire \ud800' })],
      ['javascript: canonical', withReport(file, { canonicalUrl: 'javascript:alert(1)' })],
      ['empty URL list', withReport(file, { urls: [] })],
      ['copy of a copy', { ...file, reports: [...file.reports, copy('c1', r0.id), copy('c2', 'c1')] }],
      [
        'topic with an empty actor',
        {
          ...file,
          topics: [{ id: 't', label: 'T', terms: [], actors: [{}], requireAll: [], threshold: 0.5 }],
        },
      ],
      [
        'topic with a number term',
        {
          ...file,
          topics: [{ id: 't', label: 'T', terms: [1], actors: [], requireAll: [], threshold: 0.5 }],
        },
      ],
      [
        'topic with a number group item',
        {
          ...file,
          topics: [{ id: 't', label: 'T', terms: [], actors: [], requireAll: [[1]], threshold: 0.5 }],
        },
      ],
      ['lexicon additions as a string', { ...file, settings: [{ key: 'lexiconAdditions', value: 'oops' }] }],
    ];
    for (const [name, input] of cases) {
      const r = await importCollection(db, JSON.stringify(input));
      expect(r.ok, name).toBe(false);
    }
    expect(await dump(db)).toEqual(before);
  });

  it('refuses a copy whose stored original is itself a copy', async () => {
    const { db, file } = await oneReportDb();
    const r0 = file.reports[0];
    const thin = { ...r0, text: '', paragraphs: [], claims: [], actors: [], topics: [] };
    await importCollection(db, {
      ...file,
      reports: [
        {
          ...thin,
          id: 'stored-copy',
          sameTextAs: r0.id,
          urls: ['https://c.example/1'],
          canonicalUrl: 'https://c.example/1',
        },
      ],
    });
    const before = await dump(db);
    const chained = {
      ...file,
      reports: [
        {
          ...thin,
          id: 'chain',
          sameTextAs: 'stored-copy',
          urls: ['https://c.example/2'],
          canonicalUrl: 'https://c.example/2',
        },
      ],
    };
    expect((await importCollection(db, chained)).ok).toBe(false);
    expect(await dump(db)).toEqual(before);
  });

  it('a far-future updatedAt does not replace what is stored', async () => {
    const { db, file } = await oneReportDb();
    const r0 = file.reports[0];
    const r = await importCollection(
      db,
      withReport(file, { updatedAt: '9999-12-31T00:00:00.000Z', title: 'Rewritten by a file' }),
    );
    expect(r.ok).toBe(true);
    const [stored] = await getReports(db, [r0.id]);
    expect(stored.title).toBe(r0.title);
  });

  it('drops unknown report fields and unknown settings, __proto__ included', async () => {
    const { db, file } = await oneReportDb();
    const junk = 'x'.repeat(5_000_000);
    const input = `{"format":"parallax-collection","version":1,"exportedAt":"","reports":[${JSON.stringify({ ...file.reports[0], id: 'other', canonicalUrl: 'https://other.example/a', urls: ['https://other.example/a'], junk })}],"versions":[],"topics":[],"settings":[{"key":"__proto__","value":{"polluted":true}},{"key":"anything","value":1},{"key":"highlightPrefs","value":{"enabled":false,"categories":{"place":false},"extra":"y"}}]}`;
    const r = await importCollection(db, input);
    expect(r.ok).toBe(true);
    const rows = await db.reports.toArray();
    expect(JSON.stringify(rows).length).toBeLessThan(1_000_000);
    expect(rows.every((row) => !('junk' in row))).toBe(true);
    const settings = await db.settings.toArray();
    expect(settings.map((s) => s.key)).toEqual(['highlightPrefs']);
    expect(settings[0].value).toEqual({ enabled: false, categories: { place: false } });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('keeps a stored file’s nulls, so it round-trips unchanged', async () => {
    const { file } = await oneReportDb();
    const r0 = file.reports[0];
    // Actors and claims come back from stored columns with null where an item lacks a field.
    const actors = r0.actors.map((a) => ({ ...a, adjectival: null, roles: null }));
    const input = JSON.stringify(withReport(file, { actors }));
    const dest = freshDb();
    expect((await importCollection(dest, input)).ok).toBe(true);
    const again = await exportCollection(dest, file.exportedAt);
    expect(again.reports).toEqual(JSON.parse(input).reports);
  });
});
