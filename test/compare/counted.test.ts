import { describe, expect, it } from 'vitest';
import { countedKey, isSubset } from '@/lib/compare/counted';
import type { Figure } from '@/lib/types';

/** A claim at offset 0 with one figure at `phrase` (value and unit as the analyser may leave them). */
function claimWith(text: string, phrase: string, value: number, unit = '') {
  const start = text.indexOf(phrase);
  if (start < 0) throw new Error(`${phrase} not in ${text}`);
  const f: Figure = {
    start,
    end: start + phrase.length,
    value,
    min: null,
    max: null,
    approx: false,
    unit,
    text: phrase,
  };
  return { claim: { text, start: 0 }, f };
}

describe('what a figure counts', () => {
  it('takes the noun of a hyphenated compound as the unit', () => {
    const ship = claimWith('A 700-foot cargo ship drifted into the Orlo bridge.', '700', 700);
    expect(countedKey(ship.claim, ship.f)).toBe('foot');
    const slick = claimWith('The 2.5-mile-long slick reached Tarn Bay.', '2.5', 2.5);
    expect(countedKey(slick.claim, slick.f)).toBe('mile');
  });

  it('stops the counted noun before a participle that opens a relative clause', () => {
    const seeking = claimWith('The suit covers 900 nurses seeking back pay from Ostrava Health.', '900', 900);
    const plain = claimWith('The suit covers 950 nurses, lawyers for Ostrava Health said.', '950', 950);
    expect(countedKey(seeking.claim, seeking.f)).toBe(countedKey(plain.claim, plain.f));
    const living = claimWith('Some 300 farmers living near the Pell dam left.', '300', 300);
    expect(countedKey(living.claim, living.f)).not.toMatch(/liv|dam/);
  });

  it('takes the plain noun after a bare number, and refuses a bare number with none', () => {
    const acres = claimWith('The fire near Lisk burned 30 acres, officials said.', '30', 30);
    expect(countedKey(acres.claim, acres.f)).toBe('acre');
    const bare = claimWith('The score in Velden was 30 to 12.', '30', 30);
    expect(countedKey(bare.claim, bare.f)).toBeNull();
  });

  it('says what happened to a count of people, so evacuated and rescued never compare', () => {
    const evac = claimWith(
      'About 1,200 people were evacuated from Norby, the mayor said.',
      'About 1,200 people',
      1200,
      'person',
    );
    const resc = claimWith('Crews rescued 12 people from the river at Norby.', '12 people', 12, 'person');
    const held = claimWith('Nine people had been arrested in Orlo by noon.', 'Nine people', 9, 'person');
    const hurt = claimWith(
      'More than 40 troops have now been treated for injuries at Orlo.',
      'More than 40 troops',
      41,
      'troop',
    );
    expect(countedKey(evac.claim, evac.f)).toBe('person evacuated');
    expect(countedKey(resc.claim, resc.f)).toBe('person rescued');
    expect(countedKey(held.claim, held.f)).toBe('person arrested');
    // However worded, people hurt are the wounded toll.
    expect(countedKey(hurt.claim, hurt.f)).toBe('wounded');
  });

  it('leaves subsets out: "eight of the injured" is not the toll', () => {
    const sub = claimWith(
      'At least eight of the injured were flown to Marrow Falls.',
      'At least eight',
      8,
      'wounded',
    );
    expect(isSubset(sub.claim, sub.f)).toBe(true);
    expect(countedKey(sub.claim, sub.f)).toBeNull();
    const total = claimWith('Twelve people were injured in Marrow Falls.', 'Twelve people', 12, 'wounded');
    expect(countedKey(total.claim, total.f)).toBe('wounded');
  });

  it('counts troops, soldiers and personnel as one thing, sites and facilities as another', () => {
    const a = claimWith(
      'The outpost at Velden houses about 350 personnel.',
      'about 350 personnel',
      350,
      'personnel',
    );
    const b = claimWith(
      'The outpost at Velden houses some 300 soldiers.',
      'some 300 soldiers',
      300,
      'soldier',
    );
    expect(countedKey(a.claim, a.f)).toBe(countedKey(b.claim, b.f));
    const c = claimWith('Jets hit seven facilities near Lisk.', 'seven facilities', 7, 'facility');
    expect(countedKey(c.claim, c.f)).toBe('site');
  });

  it('never compares dates or years as counts', () => {
    const d = claimWith('The dam at Orlo opened in 1998.', '1998', 1998, 'year');
    expect(countedKey(d.claim, d.f)).toBeNull();
  });
});
