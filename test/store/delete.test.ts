import { describe, expect, it } from 'vitest';
import { deleteAll, deleteReport, deleteTopicReports, undoDelete } from '@/lib/store/delete';
import { getReport } from '@/lib/store/query';
import { storageUsed } from '@/lib/store/storage';
import { makeArticle } from '../fixtures/store/make-articles';
import { dump, freshDb, save, saveMany } from './helpers';

describe('delete and undo', () => {
  it('deletes a report with its versions and restores both exactly on undo', async () => {
    const db = freshDb();
    await saveMany(db, 3);
    const a = makeArticle(0);
    const { id } = await save(db, { ...a, text: `${a.text}\n\nOfficials later revised the toll.` });
    expect(await db.versions.where('reportId').equals(id).count()).toBe(1);
    const before = await dump(db);
    const token = await deleteReport(db, id);
    expect(token).toBeTypeOf('string');
    expect(await getReport(db, id)).toBeUndefined();
    expect(await db.versions.count()).toBe(0);
    expect(await undoDelete(db, token!)).toEqual([id]);
    expect(await dump(db)).toEqual(before);
    await expect(undoDelete(db, token!)).rejects.toThrow(/no longer be undone/);
  });

  it('returns null for an unknown id', async () => {
    expect(await deleteReport(freshDb(), 'nope')).toBeNull();
  });

  it('promotes a syndicated copy when its original is deleted, and undo puts both back', async () => {
    const db = freshDb();
    const a = makeArticle(11);
    const original = await save(db, a);
    const copy = await save(db, {
      ...a,
      url: 'https://mirror.example/x',
      canonicalUrl: 'https://mirror.example/x',
    });
    expect(copy.sameTextAs).toBe(original.id);
    const before = await dump(db);
    const token = await deleteReport(db, original.id);
    const promoted = await db.reports.get(copy.id);
    expect(promoted?.sameTextAs).toBeUndefined();
    expect(promoted?.text).toBe(a.text);
    expect(promoted?.terms.length).toBeGreaterThan(10);
    await undoDelete(db, token!);
    expect(await dump(db)).toEqual(before);
  });

  it('deletes a topic’s reports and everything on deleteAll', async () => {
    const db = freshDb();
    await saveMany(db, 6);
    const matched = await db.reports.where('topicIds').equals('iran-proxies').count();
    expect(matched).toBeGreaterThan(0);
    await db.settings.put({ key: 'highlightPrefs', value: { claim: true } });
    await deleteTopicReports(db, 'iran-proxies');
    expect(await db.reports.count()).toBe(6 - matched);
    await deleteAll(db);
    expect(await db.reports.count()).toBe(0);
    expect(await db.trash.count()).toBe(0);
    expect(await db.settings.count()).toBe(1);
  });

  it('reports storage use with an injected estimator, and counts without one', async () => {
    const db = freshDb();
    await saveMany(db, 2);
    const use = await storageUsed(db, async () => ({ usage: 1234, quota: 10_000 }));
    expect(use).toMatchObject({ usageBytes: 1234, quotaBytes: 10_000, counts: { reports: 2, copies: 0 } });
    const bare = await storageUsed(db, null);
    expect(bare.usageBytes).toBeNull();
  });
});
