/**
 * The words of a sentence that the claim finders care about (number words, date words, reporting verbs,
 * modal cues, digit runs), found in one pass per sentence and shared between the finders.
 *
 * Why this shape: finding such words with one large alternation regex per finder costs milliseconds of regex
 * compilation on a cold start, and scanning characters in JavaScript is slow before the code is optimised.
 * Splitting the lower-cased sentence into `\w` runs once and looking each run up in one map is cheap both
 * cold and warm. The answer for the last sentence is kept, since its finders ask in turn; that keeps a
 * reference to the last text analysed until the next call.
 */

/** Roles a word can have; a word may have several. */
export const NUMBER_WORD = 1;
/** Words that open or are a date: month names, weekdays, "last", "yesterday", "today", "the". */
export const DATE_WORD = 2;
/** Reporting verbs, and "according". */
export const REPORTING_VERB = 4;
/** Runs that start with a digit. */
export const DIGITS = 8;
/** Words that are, or open, a cue of a claim's modal kind (denial, warning, intent). */
export const KIND_CUE = 16;
/** Forms of "be" that open passive reportage ("were reported to"). */
export const PASSIVE_AUX = 32;

const ROLES = new Map<string, number>();

/** Gives lower-case `words` the role `role`; each finder registers its vocabulary when its module loads. */
export function registerKeyWords(role: number, words: Iterable<string>): void {
  for (const w of words) ROLES.set(w, (ROLES.get(w) ?? 0) | role);
  lastText = null;
}

/** A `\w` run of a sentence with at least one role; offsets are into the sentence slice. */
export interface KeyWord {
  start: number;
  end: number;
  /** The run, lower-cased. */
  word: string;
  roles: number;
}

const RUN = /\w+/g;
const SPLIT = /(\W+)/;

let lastText: string | null = null;
let lastStart = -1;
let lastEnd = -1;
let lastWords: KeyWord[] = [];

/** The key words of text[start, end), in order. Offsets are relative to `start`. */
export function keyWords(text: string, start: number, end: number): KeyWord[] {
  if (text === lastText && start === lastStart && end === lastEnd) return lastWords;
  const slice = text.slice(start, end);
  const lower = slice.toLowerCase();
  // Lower-casing the sentence once and splitting it is much cheaper than a regex call per word; it keeps
  // offsets unless a character changes length or turns into ASCII ("İ", the Kelvin sign), which is rare.
  const out =
    lower.length === slice.length && !slice.includes('\u212a') ? splitWords(lower) : runWords(slice);
  lastText = text;
  lastStart = start;
  lastEnd = end;
  lastWords = out;
  return out;
}

function keyWord(out: KeyWord[], word: string, at: number): void {
  const c = word.charCodeAt(0);
  if (c >= 48 && c <= 57) out.push({ start: at, end: at + word.length, word, roles: DIGITS });
  else {
    const roles = ROLES.get(word);
    if (roles !== undefined) out.push({ start: at, end: at + word.length, word, roles });
  }
}

function splitWords(lower: string): KeyWord[] {
  const out: KeyWord[] = [];
  const parts = lower.split(SPLIT);
  let at = 0;
  for (let i = 0; i < parts.length; i++) {
    const p = parts[i];
    if (i % 2 === 0 && p) keyWord(out, p, at);
    at += p.length;
  }
  return out;
}

function runWords(slice: string): KeyWord[] {
  const out: KeyWord[] = [];
  RUN.lastIndex = 0;
  for (let m = RUN.exec(slice); m; m = RUN.exec(slice)) keyWord(out, m[0].toLowerCase(), m.index);
  return out;
}
