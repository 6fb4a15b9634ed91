import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { getDefaultLexicon } from '../../../lib/analyze/actors/default-lexicon';
import { findActors } from '../../../lib/analyze/actors/find-actors';
import type { Actor } from '../../../lib/types';
import { articleFromText } from './article-from-text';

const fixture = (name: string) =>
  readFileSync(resolve(import.meta.dirname, '../../fixtures/analyze', name), 'utf8');

function byName(actors: Actor[], name: string): Actor {
  const a = actors.find((x) => x.name === name);
  if (!a) throw new Error(`"${name}" not found; got ${actors.map((x) => `${x.name}/${x.type}`).join(', ')}`);
  return a;
}

describe('phrase finder on invented names no lexicon holds', () => {
  const text = fixture('invented-korvath.txt');
  const actors = findActors(articleFromText(text), getDefaultLexicon());

  it('finds and types people, armed groups, organisations, places and media', () => {
    const expected: [string, Actor['type']][] = [
      ['Mirela Vantongeren', 'person'],
      ['Dravic Liberation Brigades', 'armed_group'],
      ['Korvath Province', 'place'],
      ['Brenmoor Air Base', 'place'],
      ['Meridan', 'place'],
      ['Tobias Kellerhals', 'person'],
      ['Anouk Brisebois', 'person'],
      ['Kestrel Daily', 'media'],
      ['Halvorsen Energy Group', 'organization'],
      ['Velmarian Broadcasting Corporation', 'media'],
      ['Ministry of Coastal Affairs', 'organization'],
      ['Talvik Valley', 'place'],
      ['Coastal Relief Council', 'organization'],
    ];
    for (const [name, type] of expected) {
      const a = byName(actors, name);
      expect(a.type, name).toBe(type);
      expect(a.origin).toBe('inferred');
      expect(a.confidence).toBeLessThan(1);
    }
  });

  it('strips titles into roles', () => {
    expect(byName(actors, 'Mirela Vantongeren').roles).toContain('Colonel');
    expect(byName(actors, 'Tobias Kellerhals').roles?.join('|')).toMatch(/Defence Minister/);
  });

  it('resolves surnames, possessives and defined acronyms to the full name', () => {
    const v = byName(actors, 'Mirela Vantongeren');
    expect(v.mentions.map((m) => m.text)).toEqual(['Mirela Vantongeren', 'Vantongeren', 'Vantongeren']);
    const k = byName(actors, 'Tobias Kellerhals');
    expect(k.mentions.filter((m) => m.text === 'Kellerhals')).toHaveLength(2);
    const dlb = byName(actors, 'Dravic Liberation Brigades');
    expect(dlb.mentions.filter((m) => m.text === 'DLB')).toHaveLength(2);
    for (const a of actors) for (const m of a.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
  });

  it('produces no junk from the Title Case headline', () => {
    const names = actors.map((a) => a.name);
    for (const junk of [
      'Brigades Warn',
      'New Strikes',
      'Talks Stall',
      'Korvath Border Crossing As Talks Stall',
    ])
      expect(names).not.toContain(junk);
    expect(names.some((n) => /Warn|Stall/.test(n))).toBe(false);
  });
});

describe('transliterated names, particles and a second acronym', () => {
  const actors = findActors(articleFromText(fixture('invented-sayf.txt')), getDefaultLexicon());

  it('types an armed group by its prefix and a person with name particles', () => {
    expect(byName(actors, 'Kataib Sayf al-Noor').type).toBe('armed_group');
    const harrani = byName(actors, 'Abu Zayd al-Harrani');
    expect(harrani.type).toBe('person');
    expect(harrani.mentions.length).toBe(3);
  });

  it('resolves "UCR" after "the Union for Coastal Renewal (UCR)" and finds places and officials', () => {
    const ucr = byName(actors, 'Union for Coastal Renewal');
    expect(ucr.mentions.filter((m) => m.text === 'UCR')).toHaveLength(2);
    expect(byName(actors, 'Wadi Ramlan').type).toBe('place');
    const o = byName(actors, 'Selim Oktaviano');
    expect(o.type).toBe('person');
    expect(o.roles).toContain('Deputy Governor');
    expect(o.mentions).toHaveLength(2);
    expect(byName(actors, 'Sardan Water Authority').type).toBe('organization');
  });
});

describe('lists of places', () => {
  it('types every name in "the villages of …" as a place, but not the items after a title with "City of"', () => {
    const text =
      'Flooding cut off the villages of Harnby, Wester Quell and Low Tarrow on Sunday. ' +
      'The festival shows The Hidden City of Marrow, Tallis Grey and Ondine Vale this week.';
    const actors = findActors(articleFromText(`Floods\n\n${text}`), getDefaultLexicon());
    for (const name of ['Harnby', 'Wester Quell', 'Low Tarrow'])
      expect(byName(actors, name).type, name).toBe('place');
    expect(actors.find((a) => a.name === 'Tallis Grey')?.type).not.toBe('place');
  });
});

describe('local and legislative titles', () => {
  it('strips "Councillor" and "Congresswoman" into roles and links the bare surname', () => {
    const text =
      'Councillor Maren Oduya said the depot would close. Oduya added that staff would move. ' +
      'Congresswoman Tilde Varga said she would object.';
    const actors = findActors(articleFromText(`Depot\n\n${text}`), getDefaultLexicon());
    const oduya = byName(actors, 'Maren Oduya');
    expect(oduya.roles).toContain('Councillor');
    expect(oduya.mentions).toHaveLength(2);
    expect(byName(actors, 'Tilde Varga').roles).toContain('Congresswoman');
  });
});
