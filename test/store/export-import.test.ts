import { describe, expect, it } from 'vitest';
import { storyMarkdown } from '@/lib/compare/markdown';
import { buildReport } from '@/lib/store/build-report';
import { toRow } from '@/lib/store/compact';
import { exportCollection, exportCollectionJson } from '@/lib/store/export';
import { importCollection } from '@/lib/store/import';
import { getReports } from '@/lib/store/query';
import { analyseFixture, makeArticle } from '../fixtures/store/make-articles';
import { dump, freshDb, save, saveMany } from './helpers';

function sortKeys(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(sortKeys);
  if (v && typeof v === 'object') {
    return Object.fromEntries(
      Object.entries(v)
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([k, x]) => [k, sortKeys(x)]),
    );
  }
  return v;
}

async function richDb() {
  const db = freshDb();
  await saveMany(db, 12);
  const a = makeArticle(3);
  await save(db, {
    ...a,
    url: 'https://mirror.example/3',
    canonicalUrl: 'https://mirror.example/3',
    siteName: 'Mirror',
  });
  await save(db, { ...a, text: `${a.text}\n\nA later update said two more soldiers were hurt.` });
  await db.topics.put({
    id: 'iran-proxies',
    label: 'Iran proxies',
    terms: [{ term: 'militia', weight: 1 }],
    actors: [],
    requireAll: [],
    threshold: 0.5,
  });
  await db.settings.put({ key: 'highlightPrefs', value: { enabled: true, categories: { place: false } } });
  return db;
}

describe('export and import', () => {
  it('round-trips losslessly through an empty database', async () => {
    const db = await richDb();
    const first = await exportCollectionJson(db, 'X');
    const parsed = JSON.parse(first);
    expect(parsed.reports.some((r: { sameTextAs?: string }) => r.sameTextAs)).toBe(true);
    expect(parsed.versions).toHaveLength(1);
    const empty = freshDb();
    const progress: number[] = [];
    const result = await importCollection(empty, first, { onProgress: (p) => progress.push(p.done) });
    expect(result).toMatchObject({
      ok: true,
      value: { added: 12, copies: 1, versions: 1, topics: 1, settings: 1 },
    });
    expect(progress.at(-1)).toBe(13);
    const second = await exportCollection(empty, 'X');
    expect(JSON.stringify(sortKeys(second))).toBe(JSON.stringify(sortKeys(parsed)));
  });

  it('refuses bad and future files with a clear message and changes nothing', async () => {
    const db = await richDb();
    const before = await dump(db);
    const good = await exportCollection(db);
    const cases: [unknown, RegExp][] = [
      ['{not json', /not valid JSON/],
      [{ format: 'something-else', version: 1 }, /not a Parallax collection/],
      [{ ...good, version: 2 }, /newer Parallax/],
      [
        { ...good, reports: [...good.reports, { ...good.reports[0], id: 'x2', title: 42 }] },
        /reports\[13\]\.title/,
      ],
      [{ ...good, versions: [{ ...good.versions[0], reportId: 'missing' }] }, /not in the file/],
    ];
    for (const [input, message] of cases) {
      const r = await importCollection(db, typeof input === 'string' ? input : JSON.stringify(input));
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.error).toMatch(message);
    }
    expect(await dump(db)).toEqual(before);
  });

  it('merges by URL and fingerprint instead of duplicating', async () => {
    const db = await richDb();
    const file = await exportCollection(db);
    const again = await importCollection(db, file);
    expect(again).toMatchObject({ ok: true, value: { added: 0, merged: 13, topics: 0, settings: 0 } });
    expect(await db.reports.count()).toBe(13);
    const other = freshDb();
    const a = makeArticle(0);
    await save(other, {
      ...a,
      url: 'https://elsewhere.example/0',
      canonicalUrl: 'https://elsewhere.example/0',
    });
    await save(other, makeArticle(50));
    const r = await importCollection(db, await exportCollection(other));
    expect(r).toMatchObject({ ok: true, value: { added: 1, copies: 1 } });
    expect(await db.reports.count()).toBe(15);
  });

  it('imports large collections in one transaction with progress', async () => {
    const src = freshDb();
    // Built with the same record builder as save, written in bulk: the import is what is under test.
    const rows = Array.from({ length: 600 }, (_, i) => {
      const article = makeArticle(i, 3);
      return toRow(buildReport(article, analyseFixture(article), '2024-05-01T00:00:00.000Z'));
    });
    await src.reports.bulkAdd(rows);
    const file = await exportCollection(src);
    const dest = freshDb();
    const seen: { done: number; total: number }[] = [];
    const r = await importCollection(dest, file, { onProgress: (p) => seen.push(p) });
    expect(r.ok).toBe(true);
    expect(seen.map((p) => p.done)).toEqual([250, 500, 600]);
    expect(await dest.reports.count()).toBe(await src.reports.count());
  });
});

describe('storyMarkdown', () => {
  it('lists reports, claims by source and differences, with page text kept inert', async () => {
    const db = freshDb();
    const a = makeArticle(1);
    const hostile = { ...a, title: 'Strike <script>alert(1)</script> [click](javascript:alert(1)) `code`' };
    const ids = [(await save(db, hostile)).id, (await save(db, makeArticle(2))).id];
    const md = storyMarkdown(await getReports(db, ids), 'Tower 22 coverage');
    expect(md).toContain('## Claims by source');
    expect(md).toContain('## Differences from the earliest report');
    expect(md).not.toMatch(/(?<!\\)<script/);
    expect(md).not.toMatch(/\]\(javascript:/i);
    expect(md).toContain('\\<script\\>');
    expect(md).toContain('\\`code\\`');
    expect(md).toMatch(/<https:\/\/[^>\s]+>/);
  });
});
