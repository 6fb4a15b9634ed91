import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { getDefaultLexicon } from '../../../lib/analyze/actors/default-lexicon';
import { findActors } from '../../../lib/analyze/actors/find-actors';
import { articleFromText } from './article-from-text';

// Words that exercise every path: lexicon aliases, demonym compounds, titles, particles, acronyms, punctuation.
const WORDS = [
  'Iran',
  'Iran-backed',
  'US',
  'U.S.',
  'Kata’ib',
  'Hezbollah',
  'KH',
  'Colonel',
  'Mirela',
  'Vantongeren',
  'said',
  'the',
  'of',
  'al-',
  'Abu',
  'Brigades',
  'in',
  'Korvath',
  'Province',
  '(DLB)',
  'DLB',
  '.',
  ',',
  '"',
  '\n\n',
  'Gen.',
  'Defense',
  'Secretary',
  'Lloyd',
  'Austin',
  "'s",
  'told',
  'Kestrel',
  'Daily',
  'é',
  '—',
  '🙂',
  'THE',
  'March',
];

describe('actor finder invariants on generated text', () => {
  it('every mention is an exact, in-bounds slice; actors are unique, sorted by mention count', () => {
    const lexicon = getDefaultLexicon();
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...WORDS), { maxLength: 80 }),
        fc.string({ maxLength: 20 }),
        (words, noise) => {
          const text = `${words.join(' ')} ${noise}`;
          const actors = findActors(articleFromText(text), lexicon);
          const ids = new Set<string>();
          let prevCount = Number.POSITIVE_INFINITY;
          for (const a of actors) {
            expect(a.id).not.toBe('');
            expect(ids.has(a.id)).toBe(false);
            ids.add(a.id);
            expect(a.mentions.length).toBeLessThanOrEqual(prevCount);
            prevCount = a.mentions.length;
            expect(a.confidence).toBeGreaterThan(0);
            expect(a.confidence).toBeLessThanOrEqual(1);
            for (const m of a.mentions) {
              expect(m.start).toBeGreaterThanOrEqual(0);
              expect(m.end).toBeLessThanOrEqual(text.length);
              expect(text.slice(m.start, m.end)).toBe(m.text);
            }
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
