import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lexiconFromIndex } from '../../lib/analyze/actors/compiled-lexicon';
import { getDefaultLexicon } from '../../lib/analyze/actors/default-lexicon';
import { findActors } from '../../lib/analyze/actors/find-actors';
import { buildLexiconIndex } from '../../lib/analyze/actors/lexicon-index';
import type { LexiconEntry } from '../../lib/types';
import { generatedData } from '../../scripts/lib/generated-data';
import { articleFromText } from './actors/article-from-text';

const root = resolve(import.meta.dirname, '../..');

describe('generated data', () => {
  it('matches its source in public/data (run `npm run data` after editing the lexicon or topics)', () => {
    for (const [path, content] of Object.entries(generatedData())) {
      const current = readFileSync(join(root, path), 'utf8');
      expect(current === content, `${path} is stale: run npm run data`).toBe(true);
    }
  });
});

describe('lexicon index', () => {
  const entries: LexiconEntry[] = [
    { id: 'harrow-guild', name: 'Harrow Guild', type: 'organization', aliases: ['the Guild'] },
    { id: 'tarn-front', name: 'Tarn Front', type: 'armed_group', aliases: [] },
  ];

  it('treats words that are Object.prototype names as ordinary words, after a JSON round trip', () => {
    const index = JSON.parse(JSON.stringify(buildLexiconIndex([], entries)));
    const lexicon = lexiconFromIndex(index);
    const text =
      'The Harrow Guild met the Tarn Front. Constructor Hale Vessen and Valueof Brask spoke; a constructor said nothing.';
    const actors = findActors(articleFromText(text), lexicon);
    expect(actors.map((a) => a.id)).toEqual(
      expect.arrayContaining(['harrow-guild', 'tarn-front', 'hale-vessen']),
    );
    for (const a of actors) expect(typeof a.id).toBe('string');
  });

  it('gives user entries over shipped ones and marks their origin', () => {
    const user: LexiconEntry = { id: 'pentagon', name: 'Five Sides', type: 'organization', aliases: [] };
    const lexicon = lexiconFromIndex(buildLexiconIndex(getDefaultLexicon().entries, [user]));
    expect(lexicon.byId.get('pentagon')?.name).toBe('Five Sides');
    expect(lexicon.userIds.has('pentagon')).toBe(true);
    expect(lexicon.entries.length).toBe(getDefaultLexicon().entries.length);
  });
});
