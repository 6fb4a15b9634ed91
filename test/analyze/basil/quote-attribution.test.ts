import { describe, expect, it } from 'vitest';
import { namesSpeaker, speaksFor } from './quote-attribution';

describe('quote attribution scorer', () => {
  it('matches a surname misspelt by one letter, but not a short or different one', () => {
    expect(namesSpeaker('Tomas Varden', 'Tomas_Vardan')).toBe(true);
    expect(namesSpeaker('Ida Kol', 'Ida_Kel')).toBe(false);
    expect(namesSpeaker('Tomas Vbrdxn', 'Tomas_Vardan')).toBe(false);
  });

  it('credits a body with the words of the officer its title or appositive names', () => {
    const text =
      'Harbor League President Ana Roe spoke first. Later Piet Olsen, chair of the board of the Harbor League, agreed. Mira Dane criticised the Harbor League.';
    expect(speaksFor(text, 'Ana Roe', 'Harbor_League')).toBe(true);
    expect(speaksFor(text, 'Piet Olsen', 'Harbor_League')).toBe(true);
    expect(speaksFor(text, 'Mira Dane', 'Harbor_League')).toBe(false);
    expect(speaksFor(text, null, 'Harbor_League')).toBe(false);
    const branch = 'Said Ola Brun, head of the Elm Hill, Vt., branch of the Harbor League, on Monday.';
    expect(speaksFor(branch, 'Ola Brun', 'Harbor_League')).toBe(true);
  });
});
