import { describe, expect, it } from 'vitest';
import { compileLexicon, getDefaultLexicon } from '../../../lib/analyze/actors/default-lexicon';
import { findActors } from '../../../lib/analyze/actors/find-actors';
import type { Actor } from '../../../lib/types';
import { articleFromText } from './article-from-text';

const TEXT = [
  'Pentagon Says Drones Hit Base',
  'Defense Secretary Lloyd Austin met Brig. Gen. Pat Ryder on Monday. Pentagon press secretary Sabrina Singh said the Iran-backed groups and Kata’ib Hezbollah had fired on Ain al-Asad and at the al-Tanf garrison.',
  'Iran’s foreign ministry denied a role. US-led forces and the IRGC-Quds Force traded threats, while KH fighters stayed near Deir ez-Zor. The kh in lowercase is not an acronym.',
].join('\n\n');

const get = (actors: Actor[], id: string) => {
  const a = actors.find((x) => x.id === id);
  if (!a) throw new Error(`${id} missing: ${actors.map((x) => x.id).join(', ')}`);
  return a;
};

describe('lexicon matching', () => {
  const actors = findActors(articleFromText(TEXT), getDefaultLexicon());

  it('strips titles into roles for lexicon people', () => {
    expect(get(actors, 'lloyd-austin').roles).toEqual(['Defense Secretary']);
    expect(get(actors, 'pat-ryder').roles).toEqual(['Brig. Gen.']);
    expect(get(actors, 'sabrina-singh').roles).toEqual(['Pentagon press secretary']);
  });

  it('matches spelling variants, curly apostrophes, hyphen variants and case-sensitive acronyms', () => {
    expect(get(actors, 'kataib-hezbollah').mentions.map((m) => m.text)).toEqual(['Kata’ib Hezbollah', 'KH']);
    expect(get(actors, 'ain-al-asad').mentions).toHaveLength(1);
    expect(get(actors, 'al-tanf').mentions).toHaveLength(1);
    expect(get(actors, 'deir-ezzor').mentions).toHaveLength(1);
    expect(get(actors, 'quds-force').mentions[0].text).toBe('IRGC-Quds Force');
  });

  it('marks countries inside compounds and reads possessives', () => {
    const iran = get(actors, 'iran');
    expect(iran.mentions.map((m) => [m.text, m.compound === true])).toEqual([['Iran-backed', true]]);
    // News style lower-cases the institution after a possessive; the whole phrase names the ministry.
    expect(get(actors, 'iran-foreign-ministry').mentions.map((m) => m.text)).toEqual([
      'Iran’s foreign ministry',
    ]);
    expect(get(actors, 'united-states').mentions[0]).toMatchObject({ text: 'US-led', compound: true });
  });

  it('merges user entries over the shipped lexicon and marks their origin', () => {
    const lex = compileLexicon([
      { id: 'sabrina-singh', name: 'Sabrina Singh', type: 'person', aliases: ['Singh'] },
    ]);
    const user = findActors(articleFromText('Singh said so. Sabrina Singh agreed.'), lex);
    expect(user).toHaveLength(1);
    expect(user[0]).toMatchObject({ id: 'sabrina-singh', origin: 'user' });
    expect(user[0].mentions).toHaveLength(2);
  });

  it('skips invalid user entries instead of failing', () => {
    const bad = { id: '', name: 'x', type: 'person', aliases: [] } as unknown as Actor & {
      aliases: string[];
    };
    expect(() => compileLexicon([bad as never])).not.toThrow();
  });
});
