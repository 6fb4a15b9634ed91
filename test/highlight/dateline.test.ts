import { describe, expect, it } from 'vitest';
import { isDateline } from '@/lib/highlight/dateline';

const at = (text: string, place: string) => {
  const i = text.indexOf(place);
  return isDateline(text, i, i + place.length);
};

describe('isDateline', () => {
  it('finds the place of a dateline opening a paragraph', () => {
    expect(at('Headline\n\nVELDENBURG — Three ferries ran aground on Tuesday.', 'VELDENBURG')).toBe(true);
    expect(at('ORSKA, Maravia (Wire Agency) - The council met.', 'ORSKA')).toBe(true);
    expect(at('Lead\nPort Tessaly: Officials said 40 homes were lost.', 'Port Tessaly')).toBe(true);
  });

  it('leaves places in the running text alone', () => {
    expect(at('Troops left VELDENBURG — after a week of talks.', 'VELDENBURG')).toBe(false);
    expect(at('Headline\n\nVeldenburg officials said the ferries ran aground.', 'Veldenburg')).toBe(false);
    expect(at('ORSKA is a port — and a busy one.', 'ORSKA')).toBe(false);
  });
});
