/** Bidirectional controls cannot spoof titles, outlets or the Markdown export. */
import { describe, expect, it } from 'vitest';
import { storyMarkdown } from '@/lib/compare/markdown';
import { getReports } from '@/lib/store/query';
import { makeArticle } from '../fixtures/store/make-articles';
import { freshDb, save } from './helpers';

const BIDI = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

describe('bidirectional controls', () => {
  it('are stripped from saved titles, outlets and bylines, and from the Markdown export', async () => {
    const db = freshDb();
    const a = makeArticle(2);
    const { id } = await save(db, {
      ...a,
      title: 'Invoice \u202Efdp.exe\u202C for the base',
      siteName: 'Wire\u2067post\u2069',
      byline: 'By \u200FSam Oduya',
    });
    const [r] = await getReports(db, [id]);
    expect(r.title).toBe('Invoice fdp.exe for the base');
    expect(r.outlet).toBe('Wirepost');
    expect(r.byline).toBe('By Sam Oduya');
    const tainted = {
      ...r,
      title: 'A \u202Eb',
      claims: r.claims.map((c) => ({
        ...c,
        text: `\u202E${c.text}`,
        source: { ...c.source, name: '\u202Dx' },
      })),
    };
    expect(storyMarkdown([tainted], 'Story \u202Eeman')).not.toMatch(BIDI);
  });
});
