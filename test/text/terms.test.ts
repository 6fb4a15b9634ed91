import { describe, expect, it } from 'vitest';
import { analyzeText } from '@/lib/pipeline';
import { MONTH_FORMS, MONTH_NAMES, monthNumber } from '@/lib/text/months';
import { contentTerms, termOf, termsOf, words } from '@/lib/text/terms';

// Invented reports: names and places are made up.
const report = [
  'Drone strikes end the Varnok ceasefire',
  '',
  'Two drones struck a depot near Ostrava Ridge on Tuesday, Colonel Mira Halden told reporters, ending a ceasefire agreed in March.',
  '"We will answer every strike," said Teodor Lask, a spokesman for the Iron-backed Pellan Front.',
].join('\n');

describe('terms', () => {
  it('every claim fingerprint term is a content term of the same text, so the index and lookups agree', () => {
    const { analysis, article } = analyzeText(report, 'https://example.test/varnok');
    const terms = new Set(contentTerms(`${article!.title}\n${article!.text}`));
    const fingerprintTerms = analysis!.claims.flatMap((c) => c.fingerprint).filter((t) => !t.startsWith('#'));
    expect(fingerprintTerms.length).toBeGreaterThan(5);
    for (const t of fingerprintTerms) expect(terms).toContain(t);
  });

  it('stems word forms together and keeps stopwords and one-letter words out', () => {
    expect(termsOf('strike strikes striking')).toEqual(['strik', 'strik', 'strik']);
    expect(termsOf('The drone and a ceasefire')).toEqual(['dron', 'ceasefir']);
    expect(termOf("halden's")).toBe('halden');
    expect(termOf('the')).toBeNull();
  });

  it('adds the parts of a hyphenated word and keeps numbers of two digits or more', () => {
    expect(contentTerms('Iron-backed fighters fired 14 rockets and 3 drones')).toEqual([
      'iron-back',
      'iron',
      'back',
      'fight',
      'fir',
      '14',
      'rocket',
      'dron',
    ]);
  });

  it('splits plain words on punctuation and unifies compatibility forms', () => {
    expect(words('Ｆｕｌｌ-width, don’t stop')).toEqual(['full', 'width', 'don', 't', 'stop']);
  });
});

describe('months', () => {
  it('reads a month from any written form', () => {
    expect(monthNumber('Sept')).toBe(9);
    expect(monthNumber('december')).toBe(12);
    expect(monthNumber('Varnok')).toBe(0);
  });

  it('lists the prose forms of each month, full name first', () => {
    expect(MONTH_FORMS.size).toBe(12);
    for (const name of MONTH_NAMES) {
      const forms = MONTH_FORMS.get(name[0].toUpperCase() + name.slice(1, 3))!;
      expect(forms[0].toLowerCase()).toBe(name);
    }
    expect(MONTH_FORMS.get('May')).toEqual(['May']);
    expect(MONTH_FORMS.get('Sep')).toEqual(['September', 'Sept.', 'Sept', 'Sep.', 'Sep']);
  });
});
