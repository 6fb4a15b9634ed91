import { describe, expect, it } from 'vitest';
import { exportCollectionJson } from '@/lib/store/export';
import { importCollection } from '@/lib/store/import';
import { allNotes, claimNote, mergeNotes, saveNote, withNote } from '@/lib/store/notes';
import { getReports } from '@/lib/store/query';
import { dump, freshDb, saveMany } from './helpers';

describe('notes', () => {
  it('sets, replaces and removes notes on a report and its claims', () => {
    let n = withNote(null, 'r1', { kind: 'report' }, ' Check the toll with the ministry. ', 't1');
    n = withNote(n, 'r1', { kind: 'claim', id: 'c1', text: 'Forty homes were lost.' }, 'Source?', 't2');
    expect(n).toEqual({
      reportId: 'r1',
      report: 'Check the toll with the ministry.',
      claims: { c1: { text: 'Forty homes were lost.', note: 'Source?' } },
      updatedAt: 't2',
    });
    expect(claimNote(n, { id: 'other', text: 'Forty homes were lost.' })).toBe('Source?');
    expect(withNote(n, 'r1', { kind: 'claim', id: 'c1', text: '' }, '  ').claims).toEqual({});
  });

  it('goes with the reports when everything is deleted', async () => {
    const { deleteAll } = await import('@/lib/store/delete');
    const db = freshDb();
    const [id] = await saveMany(db, 1);
    await saveNote(db, id, { kind: 'report' }, 'x');
    await db.settings.put({ key: 'highlightPrefs', value: { enabled: true, categories: {} } });
    await deleteAll(db);
    expect((await allNotes(db)).size).toBe(0);
    expect(await db.settings.get('highlightPrefs')).toBeDefined();
  });

  it('merges two sides without dropping either', () => {
    const a = withNote(null, 'r', { kind: 'report' }, 'mine', 't1');
    const b = withNote(
      withNote(null, 'r', { kind: 'report' }, 'theirs', 't2'),
      'r',
      { kind: 'claim', id: 'c', text: 'x' },
      'n',
    );
    const m = mergeNotes(a, b);
    expect(m.report).toBe('mine\n\ntheirs');
    expect(m.claims.c.note).toBe('n');
    expect(mergeNotes(a, a).report).toBe('mine');
  });

  it('exports and imports notes losslessly, and merges them into a noted collection', async () => {
    const db = freshDb();
    const [id] = await saveMany(db, 3);
    const [report] = await getReports(db, [id]);
    const claim = report.claims[0];
    await saveNote(db, id, { kind: 'report' }, 'Compare with the wire copy.');
    await saveNote(db, id, { kind: 'claim', id: claim.id, text: claim.text }, 'Who counted?');
    const json = await exportCollectionJson(db, '2024-01-01T00:00:00Z');
    const copy = freshDb();
    await importCollection(copy, json);
    expect(await dump(copy)).toEqual(await dump(db));
    expect((await allNotes(copy)).get(id)?.claims[claim.id].note).toBe('Who counted?');
    // The same file into a collection with its own note on that report: both notes stay.
    const other = freshDb();
    await importCollection(other, json);
    await saveNote(other, id, { kind: 'report' }, 'Called the ministry.');
    await importCollection(other, json);
    expect((await allNotes(other)).get(id)?.report).toBe(
      'Called the ministry.\n\nCompare with the wire copy.',
    );
  });
});
