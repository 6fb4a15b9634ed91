import { describe, expect, it } from 'vitest';
import { getReport } from '@/lib/store/query';
import { getVersions } from '@/lib/store/versions';
import { makeArticle } from '../fixtures/store/make-articles';
import { dump, freshDb, save } from './helpers';

describe('saveReport', () => {
  it('creates a report and updates it on the same URL instead of duplicating', async () => {
    const db = freshDb();
    const a = makeArticle(1);
    const first = await save(db, a, '2024-02-01T10:00:00.000Z');
    expect(first.created).toBe(true);
    const again = await save(db, a, '2024-02-02T10:00:00.000Z');
    expect(again).toMatchObject({ id: first.id, created: false, newVersion: false });
    expect(await db.reports.count()).toBe(1);
    const r = await getReport(db, first.id);
    expect(r?.savedAt).toBe('2024-02-01T10:00:00.000Z');
    expect(r?.updatedAt).toBe('2024-02-02T10:00:00.000Z');
    expect(r?.text).toBe(a.text);
    expect(r?.claims.length).toBeGreaterThan(5);
    expect(r?.claims[0].selector.exact).toBe(r?.claims[0].text);
  });

  it('matches any known URL and records every URL seen', async () => {
    const db = freshDb();
    const a = makeArticle(2);
    const first = await save(db, { ...a, url: `${a.url}?utm_source=feed` });
    const viaAmp = await save(db, { ...a, url: `${a.url}/amp`, canonicalUrl: `${a.url}?utm_source=feed` });
    expect(viaAmp.id).toBe(first.id);
    const r = await getReport(db, first.id);
    expect(r?.urls).toEqual(
      expect.arrayContaining([`${a.url}?utm_source=feed`, `${a.url}/amp`, a.canonicalUrl]),
    );
  });

  it('stores a syndicated copy as a thin record linked to the original', async () => {
    const db = freshDb();
    const a = makeArticle(3);
    const original = await save(db, a);
    const copyText = `${a.text.replace(/\bsaid\b/, 'stated')}\n\nThis story was syndicated.`;
    const copy = await save(db, {
      ...a,
      url: 'https://other-outlet.example/world/copy-of-story',
      canonicalUrl: 'https://other-outlet.example/world/copy-of-story',
      siteName: 'Other Outlet',
      text: copyText,
    });
    expect(copy.created).toBe(true);
    expect(copy.sameTextAs).toBe(original.id);
    const row = await db.reports.get(copy.id);
    expect(row?.text).toBe('');
    expect(row?.claims).toEqual({});
    const hydrated = await getReport(db, copy.id);
    expect(hydrated?.text).toBe(a.text);
    expect(hydrated?.outlet).toBe('Other Outlet');
  });

  it('keeps a different article on another URL as its own report', async () => {
    const db = freshDb();
    await save(db, makeArticle(4));
    const other = await save(db, makeArticle(5));
    expect(other.sameTextAs).toBeUndefined();
    expect(await db.reports.count()).toBe(2);
  });

  it('keeps earlier versions when the words change, not for whitespace or punctuation', async () => {
    const db = freshDb();
    const a = makeArticle(6);
    const { id } = await save(db, a, '2024-02-01T10:00:00.000Z');
    const spaced = { ...a, text: a.text.replace(/ /g, '  ').replace(/\./g, ';') };
    expect((await save(db, spaced, '2024-02-01T11:00:00.000Z')).newVersion).toBe(false);
    const edited = { ...a, text: `${spaced.text}\n\nThe Pentagon later raised the number of wounded to 47.` };
    const changed = await save(db, edited, '2024-02-02T09:00:00.000Z');
    expect(changed).toMatchObject({ id, created: false, newVersion: true });
    const versions = await getVersions(db, id);
    expect(versions).toHaveLength(1);
    expect(versions[0].text).toBe(spaced.text);
    expect(versions[0].change.sentencesAdded).toEqual([
      'The Pentagon later raised the number of wounded to 47.',
    ]);
    expect(versions[0].change.wordsAdded).toBe(10);
    expect(versions[0].replacedAt).toBe('2024-02-02T09:00:00.000Z');
    expect((await getReport(db, id))?.versionCount).toBe(1);
  });

  it('saves 20 articles concurrently into 20 records', async () => {
    const db = freshDb();
    const outcomes = await Promise.all(Array.from({ length: 20 }, (_, i) => save(db, makeArticle(100 + i))));
    expect(new Set(outcomes.map((o) => o.id)).size).toBe(20);
    expect(await db.reports.count()).toBe(20);
  });

  it('leaves the database unchanged when the quota runs out mid-transaction', async () => {
    const db = freshDb();
    const a = makeArticle(7);
    let failVersions = false;
    db.use({
      stack: 'dbcore',
      name: 'quota-fault',
      create: (down) => ({
        ...down,
        table: (name) => {
          const t = down.table(name);
          return {
            ...t,
            mutate: (req) => {
              if (failVersions && name === 'reports') {
                return Promise.reject(Object.assign(new Error('quota'), { name: 'QuotaExceededError' }));
              }
              return t.mutate(req);
            },
          };
        },
      }),
    });
    await save(db, a, '2024-02-01T10:00:00.000Z');
    const before = await dump(db);
    failVersions = true;
    // A changed text writes the version row first, then the report row fails: the version must roll back.
    const err = await save(db, { ...a, text: `${a.text}\n\nA further update added new details.` }).catch(
      (e) => e,
    );
    failVersions = false;
    const { isQuotaError, toStoreFailure, QUOTA_MESSAGE } = await import('@/lib/store/storage');
    expect(isQuotaError(err)).toBe(true);
    expect(toStoreFailure(err)).toEqual({ ok: false, error: QUOTA_MESSAGE });
    expect(await dump(db)).toEqual(before);
  });
});
