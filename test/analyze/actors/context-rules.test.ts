import { describe, expect, it } from 'vitest';
import { getDefaultLexicon } from '../../../lib/analyze/actors/default-lexicon';
import { findActors } from '../../../lib/analyze/actors/find-actors';
import type { Actor } from '../../../lib/types';
import { articleFromText } from './article-from-text';

// Invented sentences, written for these rules: none of the names occurs in the held-out documents.
const run = (paragraphs: string[]) =>
  findActors(articleFromText(['Test report', ...paragraphs].join('\n\n')), getDefaultLexicon());
const find = (actors: Actor[], name: string) => actors.find((a) => a.name === name);
const names = (actors: Actor[]) => actors.map((a) => `${a.name}/${a.type}`);

describe('datelines', () => {
  const actors = run([
    'SALT HARBOR, Oregon — Port officials said on Monday that the ferry service would resume.',
    'KELDMARK — A second storm closed the coast road, the regional council said.',
    'Officials in Salt Harbor said the road would reopen.',
  ]);

  it('reads an all-caps paragraph opening before a dash or comma as a place, with its region', () => {
    expect(find(actors, 'Salt Harbor')?.type).toBe('place');
    expect(find(actors, 'Salt Harbor')?.mentions).toHaveLength(2);
    expect(find(actors, 'Keldmark')?.type).toBe('place');
    expect(find(actors, 'Oregon')?.type).toBe('place');
    expect(names(actors).some((n) => n.startsWith('SALT') || n.endsWith('/person'))).toBe(false);
  });
});

describe('ships, titles and fragments', () => {
  const actors = run([
    'The frigate HMS Wexcombe escorted the tanker Birch Meadow through the strait, and the destroyer USS Tallard stood by.',
    'The Corran Bay, a Panama-flagged bulker, reported a fire. Later the Corran Bay reached port.',
    'Staff Sergeant Lena Marcotte, 31, served with the 412th Signal Battalion and the Army Reserve, officials said.',
    'Brigadier General said nothing. Air Force One landed at noon. One of the crew was hurt.',
  ]);

  it('drops vessels named by prefix, by ship noun or by a flag appositive', () => {
    for (const n of ['HMS Wexcombe', 'Wexcombe', 'Birch Meadow', 'USS Tallard', 'Tallard', 'Corran Bay'])
      expect(find(actors, n), n).toBeUndefined();
  });

  it('keeps the full name after a rank and never returns a bare title or common word', () => {
    expect(find(actors, 'Lena Marcotte')?.type).toBe('person');
    expect(find(actors, 'Army Reserve')?.type).toBe('organization');
    expect(find(actors, '412th Signal Battalion')).toBeDefined();
    for (const n of ['Brigadier General', 'Reserve', 'One', 'Staff Sergeant'])
      expect(find(actors, n), n).toBeUndefined();
  });
});

describe('institutions and types', () => {
  const actors = run([
    'The vessel belongs to Tarnwick Shipping of Valletta, according to data from Halden’s Cargo Analytics.',
    'The Kestrel Dawn Movement, a militant group active in the hills, claimed the attack. The Joint Staff declined to comment.',
    'The Velmarian Coastal Safety Agency said the United Kingdom Hydrographic Services Office had been told.',
  ]);

  it('types companies, armed groups by their context, and keeps possessive and state-prefixed names whole', () => {
    expect(find(actors, 'Tarnwick Shipping')?.type).toBe('organization');
    expect(find(actors, 'Valletta')?.type).toBe('place');
    expect(find(actors, 'Halden’s Cargo Analytics')?.type).toBe('organization');
    expect(find(actors, 'Kestrel Dawn Movement')?.type).toBe('armed_group');
    expect(find(actors, 'Joint Staff')?.type).toBe('organization');
    expect(find(actors, 'United Kingdom Hydrographic Services Office')?.type).toBe('organization');
    expect(find(actors, 'United Kingdom')).toBeUndefined();
  });
});

describe('adjectives, acronyms and ids', () => {
  const actors = run([
    'A Maltese-flagged tanker and its Norwegian owner were named; several Republicans objected.',
    'The server logged the fault at 04:00 GMT, and the WMO and the WMO office both confirmed it.',
    'A banner in Athens read ΑΘΗΝΑ ΕΛΕΥΘΕΡΗ as the crowd gathered near Ἀθῆναι.',
  ]);

  it('marks actors seen only in adjectives as adjectival, with compound mentions', () => {
    for (const id of ['malta', 'norway', 'republican-party']) {
      const a = actors.find((x) => x.id === id);
      if (!a) throw new Error(`${id} missing`);
      expect(a.adjectival, id).toBe(true);
      expect(a.mentions.every((m) => m.compound)).toBe(true);
    }
    expect(actors.find((x) => x.id === 'greece')?.adjectival).toBeUndefined();
  });

  it('drops an unexplained all-caps word used once but keeps a repeated one', () => {
    expect(find(actors, 'GMT')).toBeUndefined();
    expect(find(actors, 'WMO')?.mentions).toHaveLength(2);
  });

  it('never produces an empty id, even for names in non-Latin capitals', () => {
    for (const a of actors) expect(a.id, a.name).not.toBe('');
    const greek = actors.filter((a) => /[\u0370-\u1fff]/.test(a.name));
    expect(greek.length).toBeGreaterThan(0);
    for (const a of greek) expect(a.id).toMatch(/^name-[0-9a-z]+$/);
  });
});

describe('capitalised phrases with no cue', () => {
  const actors = run([
    'The Velmar Courier reported that Tomas Redlund, a farmer, saw the spillway open. The Velmar Courier said more rain was due.',
    'Gate Level Status',
    'Three None Minor',
    'Retrieved 4 May 2025 from the archive. Union III was closed, the engineers said.',
    'The gate was shut and the level rose; the status of the dam is unclear.',
  ]);

  it('are a person by default, but not with a number, not as Title Case common words, not after "the"', () => {
    expect(find(actors, 'Tomas Redlund')?.type).toBe('person');
    expect(find(actors, 'Velmar Courier')?.type).not.toBe('person');
    for (const n of ['Gate Level Status', 'Three None Minor', 'None Minor', 'Retrieved 4', 'Union III'])
      expect(find(actors, n), n).toBeUndefined();
  });
});
