/**
 * Abbreviations that the sentence segmenter mistakes for sentence ends. Three classes, because a period after
 * "Gen." never ends a sentence, one after "Oct." only does when no day follows, and one after "U.S." does
 * when the next word is a typical sentence opener ("...attacks on the U.S. The Pentagon said...").
 */
import { MONTH_SHORT_FORMS } from './months';

/** Titles and ranks: always followed by a name. */
const TITLES = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'gen',
  'lt',
  'col',
  'maj',
  'capt',
  'sgt',
  'adm',
  'brig',
  'rep',
  'sen',
  'gov',
  'st',
  'prof',
  'cpl',
  'pvt',
  'cmdr',
  'cdr',
  'gens',
  'sens',
  'reps',
  'rev',
  'pres',
  'supt',
  'insp',
  'vs',
  'amb',
  'sec',
  'lieut',
  'hon',
  'messrs',
  'mt',
  'ft',
]);

/** Abbreviations that precede a number: months ("May" is never shortened) and "No.". */
const BEFORE_NUMBER = new Set([
  ...MONTH_SHORT_FORMS.filter((m) => m !== 'may'),
  'no',
  'nos',
  'art',
  'p',
  'pp',
  'vol',
]);

/** Abbreviations that may end a sentence; they continue it unless the next word opens a new one. */
const AMBIGUOUS = new Set([
  'u.s',
  'u.n',
  'u.k',
  'e.u',
  'u.s.a',
  'a.m',
  'p.m',
  'jr',
  'sr',
  'inc',
  'corp',
  'co',
  'ltd',
  'etc',
  'al',
  'd.c',
  'i.e',
  'e.g',
  'approx',
  'est',
  'dept',
  'govt',
  'univ',
  'assn',
  'bros',
]);

/** Capitalised words that usually open a sentence rather than continue a name. */
const OPENERS = new Set([
  'the',
  'a',
  'an',
  'he',
  'she',
  'it',
  'they',
  'we',
  'i',
  'you',
  'but',
  'and',
  'or',
  'so',
  'yet',
  'in',
  'on',
  'at',
  'for',
  'this',
  'that',
  'these',
  'those',
  'his',
  'her',
  'their',
  'its',
  'our',
  'there',
  'here',
  'when',
  'while',
  'after',
  'before',
  'as',
  'if',
  'some',
  'many',
  'most',
  'meanwhile',
  'however',
  'still',
  'also',
  'no',
  'not',
  'what',
  'why',
  'how',
  'who',
  'since',
  'although',
  'though',
  'during',
  'earlier',
  'later',
  'last',
  'separately',
  'officials',
  'both',
  'each',
  'all',
  'now',
  'then',
  'one',
  'two',
  'three',
  'asked',
  'according',
  'despite',
  'with',
  'without',
  'by',
  'from',
  'to',
]);

const WORD_BEFORE_DOT = /([A-Za-z](?:[A-Za-z.]*[A-Za-z])?)\.$/;
const NEXT_WORD = /^[\s\u00a0]*(["“‘'(]?)([A-Za-z]+|\d)/;

/** The abbreviation (lower-case, inner dots kept, final dot dropped) ending at `end`, if the text ends with "X.". */
function wordBefore(text: string, end: number): string | null {
  const from = Math.max(0, end - 16);
  const m = WORD_BEFORE_DOT.exec(text.slice(from, end));
  if (!m) return null;
  const startIdx = from + m.index;
  const prev = startIdx > 0 ? text[startIdx - 1] : ' ';
  // "Prov.St." style glue is not an abbreviation boundary we recognise.
  if (/[A-Za-z0-9]/.test(prev)) return null;
  return m[1].toLowerCase();
}

/**
 * True when the segment ending at `end` ends with an abbreviation or initial that should not end the sentence
 * before the segment starting at `nextStart`.
 */
export function isAbbreviationEnd(text: string, end: number, nextStart: number): boolean {
  const word = wordBefore(text, end);
  if (!word) return false;
  const next = NEXT_WORD.exec(text.slice(nextStart, nextStart + 24));
  if (!next) return false;
  const quoted = next[1] !== '';
  const nextWord = next[2];
  const isDigit = nextWord >= '0' && nextWord <= '9';
  const isLower = nextWord[0] === nextWord[0].toLowerCase() && !isDigit;
  if (isLower && !quoted) return true;
  if (TITLES.has(word)) return !quoted;
  if (BEFORE_NUMBER.has(word)) return isDigit && !quoted;
  const initial = word.length === 1 && word >= 'a' && word <= 'z';
  if (AMBIGUOUS.has(word) || initial || /^(?:[a-z]\.)+[a-z]$/.test(word)) {
    return !quoted && !OPENERS.has(nextWord.toLowerCase());
  }
  return false;
}
