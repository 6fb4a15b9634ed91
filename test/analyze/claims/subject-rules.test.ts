/**
 * Speaker rules built on the sentence subject: a pronoun and a participle stand for the person the sentence is
 * about, not for a person it mentions as an object. Invented names and places only.
 */
import { describe, expect, it } from 'vitest';
import { extractClaims } from '@/lib/analyze/claims';
import { articleFromText } from '@/lib/extract/from-text';
import type { Actor, Claim } from '@/lib/types';

function claimsOf(body: string, names: string[]): Claim[] {
  const article = articleFromText(`A headline\n\n${body}`, 'https://example.org/subject');
  const actors: Actor[] = names.map((name) => {
    const mentions = [];
    for (let at = article.text.indexOf(name); at >= 0; at = article.text.indexOf(name, at + 1))
      mentions.push({ start: at, end: at + name.length, text: name });
    return { id: name.toLowerCase(), name, type: 'person', confidence: 1, origin: 'lexicon', mentions };
  });
  return extractClaims(article, actors);
}

const sourceOf = (cs: Claim[], words: string) => cs.find((c) => c.text.includes(words))?.source.name;

describe('sentence subject rules', () => {
  it('resolves "he said" to the previous subject, not to the object that sentence mentions last', () => {
    const cs = claimsOf(
      'Tomas Varden, who was mayor of Lindholm until 2012, has also dismissed Brandt\'s plan.\n\n"We will not pay a single cent for such a wall," he said last week.',
      ['Varden', 'Brandt'],
    );
    expect(sourceOf(cs, 'single cent')).toBe('Varden');
  });

  it('keeps the subject across a sentence whose subject is a pronoun', () => {
    const cs = claimsOf(
      'Varden has stepped up his attacks on Brandt. In a statement on Tuesday, he criticised the Brandt budget.\n\n"This is waste," he said.',
      ['Varden', 'Brandt'],
    );
    expect(sourceOf(cs, 'This is waste')).toBe('Varden');
  });

  it('reads a pronoun inside the sentence as its subject ("Roe hammered Lund for what he called")', () => {
    const cs = claimsOf(
      'In an interview with a local paper, Varden also hammered Brandt for what he called his "utter failure on housing."',
      ['Varden', 'Brandt'],
    );
    expect(sourceOf(cs, 'utter failure')).toBe('Varden');
  });

  it('gives an opening participle to the subject after its comma', () => {
    const cs = claimsOf(
      'Calling Mr. Brandt a "reckless gambler," Mr. Varden told reporters to read the budget.',
      ['Varden', 'Brandt'],
    );
    expect(sourceOf(cs, 'gambler')).toBe('Varden');
  });

  it('gives a closing participle to the subject after an opening phrase, not to a person inside it', () => {
    const cs = claimsOf(
      'Asked whether he meant that Brandt ignored the harbour, Varden did not back down, saying "the harbour was left to rot."',
      ['Varden', 'Brandt'],
    );
    expect(sourceOf(cs, 'left to rot')).toBe('Varden');
  });

  it('does not take a name after a capitalised preposition as the subject ("Of Brandt, he said")', () => {
    const cs = claimsOf(
      '"I only care about the port," Varden said.\n\nOf Brandt, he said, "I wish him well at the port."',
      ['Varden', 'Brandt'],
    );
    expect(sourceOf(cs, 'wish him well')).toBe('Varden');
  });

  it('reads past a short parenthesis in the speaker phrase ("Rep. Ivo Lund (R-Vt.), wrote")', () => {
    const cs = claimsOf(
      'Ana Lindqvist, the press aide for Rep. Tomas Varden (R-Vt.), wrote that the pair should "show a little class" at events.',
      ['Ana Lindqvist', 'Tomas Varden'],
    );
    expect(sourceOf(cs, 'little class')).toBe('Ana Lindqvist');
  });

  it("keeps a whole quoted sentence under four words as the speaker's quote, not a scare quote", () => {
    const cs = claimsOf('"Brandt says he will run the port like his shop," Varden said. "Heaven help us."', [
      'Varden',
      'Brandt',
    ]);
    expect(sourceOf(cs, 'Heaven help')).toBe('Varden');
    const scare = claimsOf('The council backed the "harbour plan" on Monday night.', []);
    expect(scare.some((c) => c.quotes.length > 0)).toBe(false);
  });

  it('gives "stormed back, leaned in and said" to the subject of the coordinated verbs', () => {
    const cs = claimsOf(
      'After reporter Ivo Brandt finished his report, Varden stormed back, leaned into him and said, "Let me be clear about the pier."',
      ['Varden', 'Ivo Brandt'],
    );
    expect(sourceOf(cs, 'clear about')).toBe('Varden');
  });

  it('does not give a participle to the object when a role noun is the subject ("the senator … at Brandt, calling")', () => {
    const cs = claimsOf(
      'In his speech the senator also took a swipe at Brandt, calling his plan "a fantasy from start to finish."',
      ['Brandt'],
    );
    expect(sourceOf(cs, 'fantasy')).not.toBe('Brandt');
  });

  it('still reads a name that ends like a participle as the subject ("Ted …")', () => {
    const cs = claimsOf('Ted Oxley, a harbour pilot, said the channel was closed for two days.', [
      'Ted Oxley',
    ]);
    expect(sourceOf(cs, 'channel')).toBe('Ted Oxley');
  });
});
