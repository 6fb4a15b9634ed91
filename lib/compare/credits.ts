/**
 * Explicit credit to another outlet in a report's text: "CNN reports:" blocks, "told CNN", "according to a
 * report published by The New York Times", "X reported". Outlet names are recognised from the report's
 * media actors, else by shape (an acronym after an interview cue, or a name with a media word).
 */
import type { Actor } from '@/lib/types';

/** How strongly a phrase credits an outlet: a quoted block, a named report, or an interview/mention. */
export type CreditStrength = 'block' | 'report' | 'interview';

/** One explicit credit found in a text. */
export interface Credit {
  outlet: string;
  strength: CreditStrength;
  /** The phrase as written, e.g. "told CNN". */
  phrase: string;
  index: number;
}

const NAME = String.raw`((?:[Tt]he )?[A-Z][\w&.'’-]*(?: (?:of |and )?[A-Z][\w&.'’-]*){0,4})`;
const MEDIA_WORD =
  /\b(?:News|Times|Post|Journal|Agency|Press|Service|TV|Radio|Wire|Herald|Tribune|Gazette|Ledger|Daily|Network|Telegraph|Guardian|Monitor|Reuters|Brief|Broadcasting)\b/;

const PATTERNS: { re: RegExp; strength: CreditStrength; anyName?: boolean; acronymOk?: boolean }[] = [
  { re: new RegExp(String.raw`(?:^|\n)[ \t]*${NAME} reports?:`, 'g'), strength: 'block', anyName: true },
  {
    re: new RegExp(
      String.raw`\b(?:report|story|article|investigation) (?:published |first )?(?:by|in) ${NAME}`,
      'g',
    ),
    strength: 'report',
  },
  {
    re: new RegExp(String.raw`\b(?:reported by|first reported by|as reported by) ${NAME}`, 'g'),
    strength: 'report',
    acronymOk: true,
  },
  { re: new RegExp(String.raw`\baccording to ${NAME}`, 'g'), strength: 'report' },
  {
    re: new RegExp(String.raw`${NAME} (?:reported|reports|has reported|first reported)\b`, 'g'),
    strength: 'report',
  },
  {
    re: new RegExp(
      String.raw`\b(?:told|informed|asked by|spoke (?:separately )?to|speaking to|in an interview with|interviewed by) ${NAME}`,
      'g',
    ),
    strength: 'interview',
    acronymOk: true,
  },
];

const NOT_OUTLETS = /^(?:US|USA|UK|UN|EU|UAE|IRGC|ISIS|NATO|CENTCOM)$/;

/**
 * The media names of an analysis: each media actor's mention texts mapped to its display name. Mentions of
 * other actors are kept under a "!" prefix so their acronyms are never taken for outlets.
 */
export function mediaAliases(actors: Actor[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const a of actors) {
    if (a.type !== 'media') {
      for (const m of a.mentions) out.set(`!${m.text.toLowerCase()}`, a.name);
      continue;
    }
    out.set(a.name.toLowerCase(), a.name);
    for (const m of a.mentions) out.set(m.text.toLowerCase(), a.name);
  }
  return out;
}

function trimName(name: string): string {
  // A capitalised run may swallow a following weekday or the start of the next clause.
  return name
    .replace(/\. .*$/, '')
    .replace(/ (?:On|In|On Monday|Last|This|That|But|And)\b.*$/, '')
    .replace(/[.’']+$/, '')
    .replace(/^the /, 'The ');
}

function resolveOutlet(
  raw: string,
  aliases: Map<string, string>,
  anyName: boolean,
  acronymOk: boolean,
): string | null {
  const name = trimName(raw);
  // Longest known alias contained in the name wins: "NBC News on Tuesday" → "NBC News".
  const words = name.split(' ');
  for (let n = words.length; n > 0; n--) {
    const known = aliases.get(words.slice(0, n).join(' ').toLowerCase());
    if (known) return known;
    const noThe =
      words[0].toLowerCase() === 'the' ? aliases.get(words.slice(1, n).join(' ').toLowerCase()) : undefined;
    if (noThe) return noThe;
  }
  if (anyName || MEDIA_WORD.test(name)) return name.replace(/^The /, '');
  // "told CNN" credits an outlet; "told US officials" does not: acronyms known as other actors are refused.
  if (
    acronymOk &&
    /^[A-Z]{2,6}$/.test(words[0]) &&
    !NOT_OUTLETS.test(words[0]) &&
    !aliases.has(`!${words[0].toLowerCase()}`)
  )
    return words[0];
  return null;
}

/** Every explicit credit to an outlet in a text, in order, excluding the report's own outlet. */
export function findCredits(text: string, aliases: Map<string, string>, ownOutlet = ''): Credit[] {
  const out: Credit[] = [];
  const seen = new Set<number>();
  const own = ownOutlet.toLowerCase();
  for (const { re, strength, anyName, acronymOk } of PATTERNS) {
    for (const m of text.matchAll(re)) {
      const outlet = resolveOutlet(m[1], aliases, anyName === true, acronymOk === true);
      if (!outlet || (own && outlet.toLowerCase() === own)) continue;
      const index = m.index + m[0].indexOf(m[1]);
      if (seen.has(index)) continue;
      seen.add(index);
      const phrase = m[0].replace(m[1], trimName(m[1])).trim();
      out.push({ outlet, strength, phrase, index });
    }
  }
  return out.sort((a, b) => a.index - b.index);
}

/** Marks of an excerpt: "[Continue reading…]", "Read more", "(…)" placed by aggregators. */
export function excerptMarks(text: string): number {
  return (text.match(/\[(?:Continue reading|Read more)[^\]]*\]|\(…\)|\[…\]|\[\.\.\.\]/gi) ?? []).length;
}
