import { describe, expect, it } from 'vitest';
import { getDefaultLexicon } from '@/lib/analyze/actors/default-lexicon';
import { findActors } from '@/lib/analyze/actors/find-actors';
import { extractClaims } from '@/lib/analyze/claims';
import type { Claim } from '@/lib/types';
import { articleFromText } from '../actors/article-from-text';

// Invented reports, written for these rules of news writing.
const claimsOf = (paragraphs: string[]): Claim[] => {
  const article = articleFromText(['Test report', ...paragraphs].join('\n'));
  return extractClaims(article, findActors(article, getDefaultLexicon()));
};
const sourceOf = (claims: Claim[], fragment: string) => claims.find((c) => c.text.includes(fragment))?.source;

describe('the subject of an attribution', () => {
  it('stays the source when an appositive after it names another actor', () => {
    const claims = claimsOf([
      'The Sayf Front, an umbrella name used by several militias backed by Iran, said it had launched four drones at the Qaryat base.',
    ]);
    expect(sourceOf(claims, 'four drones')?.name).toBe('Sayf Front');
  });

  it('gives way to the person an appositive names after an unnamed description', () => {
    const claims = claimsOf(['Their spokesman, Davor Kellin, said the movement would keep fighting.']);
    expect(sourceOf(claims, 'keep fighting')?.name).toBe('Davor Kellin');
  });

  it('is the sentence subject for a participle ("…, accusing …")', () => {
    const claims = claimsOf([
      'Senator Ana Voss on Friday lashed out at the port board, accusing it of "hiding the accounts from the public for years."',
    ]);
    expect(sourceOf(claims, 'lashed out')?.name).toBe('Ana Voss');
  });

  it('is the person introduced with a role when a later sentence says "the governor said"', () => {
    const claims = claimsOf([
      'Gov. Lena Marr signed the water bill on Tuesday.',
      'Farmers had asked for it for years.',
      '“We are ready for the dry season,” the governor said.',
    ]);
    expect(sourceOf(claims, 'dry season')?.name).toBe('Lena Marr');
  });

  it('is kept through "said Gov. Lena Marr" despite the full stop of the title', () => {
    const claims = claimsOf(['“The canal will open in May,” said Gov. Lena Marr.']);
    expect(sourceOf(claims, 'canal')?.name).toBe('Lena Marr');
  });
});

describe('sources that are not speakers', () => {
  it('never takes a word swallowed from a compound or a place as the source', () => {
    const claims = claimsOf([
      'A trans-Atlantic panel said the rules were too weak.',
      'Iran-backed fighters said they had shelled the Korvath road.',
      'In Westvale, residents said the water was rising.',
    ]);
    for (const c of claims) {
      expect(c.source.name ?? '', c.text).not.toMatch(/Atlantic|^Iran$|Iran-backed|^Westvale$/);
    }
    expect(sourceOf(claims, 'shelled')?.name).not.toBe('Iran');
  });

  it('makes no claims of credits, bylines and captions', () => {
    const claims = claimsOf([
      'By Harriet Quell and Omar Tessaly',
      'Credit Ashraf Doumani/Agence France-Presse — Getty Images',
      'Volunteers fill 4,000 sandbags in Westvale on Sunday. (AP Photo/Lina Marsh)',
      'The river rose by two metres on Sunday, the water authority said.',
    ]);
    expect(claims.map((c) => c.text)).toEqual([
      'The river rose by two metres on Sunday, the water authority said.',
    ]);
  });
});

describe('pronouns', () => {
  it('do not take a speaker of the other gender, nor a name used as a modifier', () => {
    const claims = claimsOf([
      'Mary Quint, the port director, spoke after Senator John Vell.',
      '“We will rebuild the pier by spring,” she said.',
      'Tom Arden criticised the Vell administration’s plan on Monday.',
      '“It is far too late,” he said.',
    ]);
    expect(sourceOf(claims, 'rebuild the pier')?.name).toBe('Mary Quint');
    expect(sourceOf(claims, 'far too late')?.name).toBe('Tom Arden');
  });
});

describe('quotations and live pages', () => {
  it('gives every sentence of a quotation the speaker named at its end', () => {
    const claims = claimsOf([
      '“We rebuilt the pier in a month. Nobody thought we could do it. The town did it alone,” Mayor Ilse Varn said.',
    ]);
    for (const fragment of ['rebuilt the pier', 'Nobody thought', 'town did it'])
      expect(sourceOf(claims, fragment)?.name, fragment).toBe('Ilse Varn');
  });

  it('attaches "Varn said." to the quotation it closes', () => {
    const claims = claimsOf(['“Is the pier safe? We think so.” Varn said. Ilse Varn is the mayor.']);
    expect(sourceOf(claims, 'pier safe')?.name).toBe('Ilse Varn');
  });

  it('reads the paragraphs after "…, saying:" as the quoted text of that speaker', () => {
    const claims = claimsOf([
      'Mayor Ilse Varn answered the council on her website, saying:',
      'The pier will be rebuilt with our own money and nobody else will decide when.',
      'The council meets again on Monday.',
    ]);
    expect(sourceOf(claims, 'pier will be rebuilt')?.name).toBe('Ilse Varn');
  });

  it('lets a quotation continue after a short one ("“Stop lying!” Varn wrote.")', () => {
    const claims = claimsOf([
      '“Stop lying!” Mayor Ilse Varn wrote. “The harbour is not yours to sell to anyone.”',
    ]);
    expect(sourceOf(claims, 'not yours to sell')?.name).toBe('Ilse Varn');
  });

  it('does not give a live-page entry the speaker of the previous entry', () => {
    const claims = claimsOf([
      '• 10:42 a.m. “The bridge is closed until further notice,” police chief Omar Tessaly said.',
      '• 10:55 a.m. “Traffic is being sent through Westvale and the ring road,” he said.',
    ]);
    expect(sourceOf(claims, 'bridge is closed')?.name).toBe('Omar Tessaly');
    expect(sourceOf(claims, 'Traffic is being sent')?.name).not.toBe('Omar Tessaly');
  });
});
