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

  it('reads an opening phrase before a comma as introductory, not as a subject with an appositive', () => {
    const cs = claimsOf(
      'In a bid to win rural voters, Gov. Ana Roe of Vermont is airing a new ad, vows to end what she calls "a war on barns," and praises the state fair.',
      ['Ana Roe'],
    );
    expect(sourceOf(cs, 'war on barns')).toBe('Ana Roe');
  });

  it('gives a verb after "name, age, who …," to the name, not to the relative clause', () => {
    const cs = claimsOf(
      'On Friday, the aide, Ana Roe, 31, who has 9,000 followers online and was a spokeswoman for a senator from Ohio, wrote that the plan should "go back to the drawing board."',
      ['Ana Roe'],
    );
    expect(sourceOf(cs, 'drawing board')).toBe('Ana Roe');
  });

  it('reads "pleaded with … not to" as reporting what the subject said', () => {
    const cs = claimsOf('Mr. Lund pleaded with residents during his remarks not to "turn on one another."', [
      'Lund',
    ]);
    expect(sourceOf(cs, 'turn on one another')).toBe('Lund');
  });

  it('gives a participle to a named body that opens the sentence, never to a title fragment ("The St.")', () => {
    const article = articleFromText(
      'A headline\n\nThe St. Albans Harbor Coalition issued its own statement, accusing the council of acting as "a rubber stamp for developers."',
      'https://example.org/subject',
    );
    const name = 'St. Albans Harbor Coalition';
    const at = article.text.indexOf(name);
    const actors: Actor[] = [
      {
        id: 'coalition',
        name,
        type: 'organization',
        confidence: 1,
        origin: 'inferred',
        mentions: [{ start: at, end: at + name.length, text: name }],
      },
    ];
    const cs = extractClaims(article, actors);
    expect(sourceOf(cs, 'rubber stamp')).toBe(name);
  });
});
