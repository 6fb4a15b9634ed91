/** Saving never lets one site's page replace a report saved from another site. */
import { describe, expect, it } from 'vitest';
import { getReports } from '@/lib/store/query';
import { makeArticle } from '../fixtures/store/make-articles';
import { freshDb, save } from './helpers';

describe('a page claiming another site’s canonical address', () => {
  it('is saved as its own report, with the claim noted; the other report is untouched', async () => {
    const db = freshDb();
    const honest = {
      ...makeArticle(1),
      url: 'https://www.wirepost.example/a',
      canonicalUrl: 'https://www.wirepost.example/a',
    };
    const { id } = await save(db, honest);
    const [before] = await getReports(db, [id]);
    const spoof = {
      ...makeArticle(7),
      title: 'Rewritten headline',
      siteName: 'Wirepost',
      url: 'https://copycat.example/a',
      canonicalUrl: 'https://www.wirepost.example/a',
    };
    const out = await save(db, spoof);
    expect(out.created).toBe(true);
    expect(out.id).not.toBe(id);
    const [after, copycat] = await getReports(db, [id, out.id]);
    expect(after).toEqual(before);
    expect(copycat.canonicalUrl).toBe('https://copycat.example/a');
    expect(copycat.urls).toEqual(['https://copycat.example/a']);
    expect(copycat.claimedCanonicalUrl).toBe('https://www.wirepost.example/a');
  });
});
