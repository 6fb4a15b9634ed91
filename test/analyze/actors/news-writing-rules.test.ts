import { describe, expect, it } from 'vitest';
import { getDefaultLexicon } from '../../../lib/analyze/actors/default-lexicon';
import { findActors } from '../../../lib/analyze/actors/find-actors';
import type { Actor } from '../../../lib/types';
import { articleFromText } from './article-from-text';

// Invented sentences (invented people, places and firms) for general rules of news writing.
const run = (paragraphs: string[]) =>
  findActors(articleFromText(['Test report', ...paragraphs].join('\n')), getDefaultLexicon());
const byName = (actors: Actor[], name: string) => actors.find((a) => a.name === name);
const texts = (actors: Actor[]) => actors.flatMap((a) => a.mentions.map((m) => m.text));

describe('nationality adjectives', () => {
  const actors = run([
    'French troops escorted Egyptian officials to the Korvath pass, where a Turkish ship was unloading.',
    'France later said the convoy had arrived.',
  ]);

  it('are not mentions of the state, which stays linked to the article', () => {
    expect(texts(actors)).not.toContain('French');
    expect(texts(actors)).not.toContain('Egyptian');
    expect(byName(actors, 'France')?.mentions.map((m) => m.text)).toEqual(['France']);
    const egypt = actors.find((a) => a.id === 'egypt');
    expect(egypt?.mentions).toEqual([]);
    expect(egypt?.adjectival).toBe(true);
  });
});

describe('names inside hyphenated compounds', () => {
  const actors = run([
    'The Panama-flagged tanker belongs to Cyprus-based Harbor Line Shipping, which runs a trans-Atlantic service.',
    'An Iran-backed militia and a pro-Iran party welcomed the U.S.-Israel talks.',
  ]);

  it('keep only the sponsor kind ("Iran-backed") as a marked compound mention', () => {
    expect(texts(actors)).not.toContain('Panama');
    expect(texts(actors)).not.toContain('Cyprus');
    expect(texts(actors)).not.toContain('Israel');
    expect(actors.some((a) => /atlantic/i.test(a.name))).toBe(false);
    const iran = actors.find((a) => a.id === 'iran');
    expect(iran?.mentions.length).toBe(2);
    expect(iran?.mentions.every((m) => m.compound)).toBe(true);
  });

  it('leave the organisation after the descriptor whole', () => {
    expect(byName(actors, 'Harbor Line Shipping')?.type).toBe('organization');
  });
});

describe('middle and first initials', () => {
  const actors = run([
    'Paula J. Brennick, the port director, met J. Corwin Dabney on Monday.',
    'Brennick said the cranes would be repaired, and Dabney agreed.',
  ]);

  it('keep one person, and a later surname resolves to them', () => {
    expect(byName(actors, 'Paula J. Brennick')?.mentions).toHaveLength(2);
    expect(byName(actors, 'J. Corwin Dabney')?.mentions).toHaveLength(2);
    expect(actors.some((a) => a.name === 'Paula J' || a.name === 'J')).toBe(false);
  });
});

describe('titles with a place or a body before them', () => {
  const actors = run([
    'Ohio Gov. Jane Roe signed the bill, and Kessel Ledger Editor Tom Vance praised it.',
    'Roe said the bill would pass.',
  ]);

  it('split the place (or body) from the person, who keeps the role', () => {
    expect(byName(actors, 'Ohio')?.type).toBe('place');
    const roe = byName(actors, 'Jane Roe');
    expect(roe?.type).toBe('person');
    expect(roe?.mentions).toHaveLength(2);
    expect(roe?.roles?.some((r) => r.includes('Gov'))).toBe(true);
    expect(byName(actors, 'Kessel Ledger')?.type).toBe('organization');
    expect(byName(actors, 'Tom Vance')?.type).toBe('person');
  });

  it('read an office named with "of" and a surname as a title and a person', () => {
    const a = run(['Secretary of State Marlowe flew to Keldmark, and Marlowe met the mayor.']);
    expect(byName(a, 'Marlowe')?.type).toBe('person');
    expect(byName(a, 'Marlowe')?.mentions).toHaveLength(2);
  });
});

describe('datelines, credits and bylines', () => {
  const actors = run([
    'By Harriet Quell and Omar Tessaly',
    'KESSEL FALLS, Dravna (AP) — Flood water reached the old town on Sunday, officials said.',
    'Credit Ashraf Doumani/Agence France-Presse — Getty Images',
    'Rescuers carry a boy through the square. (AP Photo/Lina Marsh)',
  ]);

  it('keep the dateline city as a place and name no photographer, agency credit or author as a person', () => {
    expect(byName(actors, 'Kessel Falls')?.type).toBe('place');
    expect(byName(actors, 'Dravna')?.type).toBe('place');
    const people = actors.filter((a) => a.type === 'person').map((a) => a.name);
    expect(people).toEqual([]);
    expect(actors.some((a) => a.name.includes('Getty'))).toBe(false);
  });
});

describe('places the phrase finder used to miss', () => {
  const actors = run([
    'Shelling hit several villages, including Ashby, Coldmere and Marten Cross, in the Dravna region.',
    'Engineers lowered the Kessel hydroelectric dam and closed Interstate 412, the Hallam Bridge and the Orbis ring road.',
    'Deputy Mayor Tam Orrin, of Westvale, said the Tarrow River was rising.',
  ]);

  it('type them as places', () => {
    for (const n of [
      'Ashby',
      'Coldmere',
      'Marten Cross',
      'Dravna',
      'Kessel',
      'Interstate 412',
      'Hallam Bridge',
      'Tarrow River',
      'Westvale',
    ])
      expect(byName(actors, n)?.type, n).toBe('place');
    expect(actors.some((a) => a.name.startsWith('Orbis') && a.type !== 'place')).toBe(false);
  });
});

describe('section headings and pull quotes', () => {
  const actors = run([
    'The ferry crossed at dawn.',
    'Long Road Home',
    'Passengers waited for hours on the quay.',
    '“Every Single Night”',
  ]);

  it('are not people', () => {
    expect(actors.filter((a) => a.type === 'person')).toEqual([]);
  });
});

describe('labels and short forms', () => {
  const actors = run([
    'Sen. Mara Doyle (D-Vt.) and Rep. Ben Astor, R-N.C., questioned the C.I.A. and the KRC (Kessel Review Commission).',
    'Sen. Lyle Penn (Texas) said the KRC would report in May, and Doyle agreed.',
  ]);

  it('does not read a party-state label or a bracketed home state as an actor or an acronym', () => {
    expect(actors.some((a) => /^[DR]-/.test(a.name) || a.name === 'Vt' || a.name === 'N.C')).toBe(false);
    expect(byName(actors, 'Lyle Penn')?.mentions).toHaveLength(1);
  });

  it('reads dotted acronyms and acronyms written before their definition', () => {
    expect(actors.find((a) => a.id === 'cia')?.mentions).toHaveLength(1);
    expect(byName(actors, 'Kessel Review Commission')?.mentions).toHaveLength(3);
  });

  it('resolves a known person’s surname once a title has named them', () => {
    const a = run(['President Obama spoke first.', 'Obama later left for Keldmark.']);
    expect(a.find((x) => x.id === 'barack-obama')?.mentions).toHaveLength(2);
  });
});

describe("an institution's one-word name used as a surname", () => {
  const actors = run([
    'Former Dayton School Board Chair Tessa Bloomberg said the district would appeal.',
    'Bloomberg, who left the board in May, called the ruling "a setback for every parent."',
  ]);

  it('makes "Given Surname" a person, and the bare surname that person', () => {
    const person = byName(actors, 'Tessa Bloomberg');
    expect(person?.type).toBe('person');
    expect(person?.mentions.map((m) => m.text)).toEqual(['Tessa Bloomberg', 'Bloomberg']);
  });

  it('leaves the institution its name where no person carries it', () => {
    const other = run([
      'A report by Bloomberg News said the appeal would take months.',
      'Bloomberg said more.',
    ]);
    expect(other.find((a) => a.id === 'bloomberg')?.type).toBe('media');
    expect(other.some((a) => a.type === 'person')).toBe(false);
  });
});
