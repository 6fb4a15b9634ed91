/**
 * Word tests on the text around a reporting verb: what stands just before it ("was reported", "did not
 * say"), adverbs between speaker and verb ("Kirby also said"), the relative clause that opens a subject
 * ("who was recovering"), and passive reportage ("are believed to"). Each is the test a case-insensitive
 * regex made before, written as word comparisons: those regexes cost more to compile on a cold start than
 * every test of an article.
 */
import { asciiAt, isS, isW, spaceEnd, spaceStart, wordEndsAt } from '@/lib/text/ascii-words';
import { type KeyWord, PASSIVE_AUX, registerKeyWords } from '@/lib/text/key-words';

const AUX = ['is', 'are', 'was', 'were', 'been', 'being'];
registerKeyWords(PASSIVE_AUX, AUX);

/** `\s+` ends at `end` and starts after at least one character: its start, or -1. */
function spaceBefore(s: string, end: number): number {
  const p = spaceStart(s, end);
  return p < end ? p : -1;
}

/** "was ", "is widely ": a form of "be" (optionally "widely") and white space end the text. */
export function endsPassive(near: string): boolean {
  const t = spaceBefore(near, near.length);
  if (t < 0) return false;
  if (asciiAt(near, t - 6, 'widely')) {
    const u = spaceBefore(near, t - 6);
    if (u >= 0 && wordEndsAt(near, u, AUX)) return true;
  }
  return wordEndsAt(near, t, AUX);
}

const NOT_AFTER = ['did', 'does', 'do', 'would', 'could'];
const TO_AFTER = ['declined', 'refused'];
const NT_AFTER = ['didn', 'doesn', 'wouldn', 'couldn'];

/** "did not ", "declined to ", "didn't ": a withheld statement and white space end the text. */
export function endsNegated(near: string): boolean {
  const t = spaceBefore(near, near.length);
  if (t < 0) return false;
  if (asciiAt(near, t - 3, 'not')) {
    const u = spaceBefore(near, t - 3);
    if (u >= 0 && wordEndsAt(near, u, NOT_AFTER)) return true;
  }
  if (asciiAt(near, t - 2, 'to')) {
    const u = spaceBefore(near, t - 2);
    if (u >= 0 && wordEndsAt(near, u, TO_AFTER)) return true;
  }
  const q = near.charCodeAt(t - 2);
  return asciiAt(near, t - 1, 't') && (q === 39 || q === 0x2019) && wordEndsAt(near, t - 2, NT_AFTER);
}

const REPORT_VERBS = [
  'reported',
  'said',
  'believed',
  'thought',
  'understood',
  'alleged',
  'rumored',
  'rumoured',
];

/**
 * The first "is reported to", "were widely believed to" in sentence slice `s` (given its key words), as
 * [index, end), or null: reportage with no speaker named.
 */
export function passiveReport(s: string, words: KeyWord[]): [number, number] | null {
  for (const w of words) {
    if ((w.roles & PASSIVE_AUX) === 0 || !isS(s.charCodeAt(w.end))) continue;
    let q = spaceEnd(s, w.end);
    if (asciiAt(s, q, 'widely') && isS(s.charCodeAt(q + 6))) q = spaceEnd(s, q + 6);
    const verb = REPORT_VERBS.find((v) => asciiAt(s, q, v) && isS(s.charCodeAt(q + v.length)));
    if (!verb) continue;
    const r = spaceEnd(s, q + verb.length);
    if (asciiAt(s, r, 'to') && !isW(s.charCodeAt(r + 2))) return [w.start, r + 2];
  }
  return null;
}

const ADVERBS = new Set(
  'also later previously earlier separately had has have would will again recently then further publicly privately reportedly repeatedly once first did'.split(
    ' ',
  ),
);

/** Start of the white-space-delimited token that ends at `end`. */
function tokenStart(s: string, end: number): number {
  let p = end;
  while (p > 0 && !isS(s.charCodeAt(p - 1))) p--;
  return p;
}

/** The token [start, end) is `lit` (lower-case ASCII), ignoring case. */
function tokenIs(s: string, start: number, end: number, lit: string): boolean {
  return end - start === lit.length && asciiAt(s, start, lit);
}

/**
 * Where a trailing adverb ("also", "later", "on Monday", "in a statement"), with the white space around it,
 * starts at the end of `s`; -1 when there is none.
 */
function trailingAdverb(s: string): number {
  const t = spaceStart(s, s.length);
  const a = tokenStart(s, t);
  const b = spaceBefore(s, a);
  if (a === t || b < 0) return -1;
  const c = tokenStart(s, b);
  const d = spaceBefore(s, c);
  // "in a statement"
  if (tokenIs(s, a, t, 'statement') && tokenIs(s, c, b, 'a') && d >= 0) {
    const e = tokenStart(s, d);
    const f = spaceBefore(s, e);
    if (tokenIs(s, e, d, 'in') && f >= 0) return f;
  }
  // "on Monday": any word after "on".
  if (d >= 0 && tokenIs(s, c, b, 'on')) {
    let k = a;
    while (k < t && isW(s.charCodeAt(k))) k++;
    if (k === t) return d;
  }
  const word = s.slice(a, t);
  return ADVERBS.has(word.toLowerCase()) || isLyAdverb(word) ? b : -1;
}

// Lower-case nouns ending in "-ly" that can end a speaker ("a close ally", "the family").
const LY_NOUNS = new Set(
  'ally family assembly anomaly monopoly supply rally reply homily jelly belly bully'.split(' '),
);

/** "initially", "originally", "subsequently": a lower-case -ly adverb, never part of a speaker's name. */
function isLyAdverb(word: string): boolean {
  if (word.length < 5 || !asciiAt(word, word.length - 2, 'ly')) return false;
  const first = word.charCodeAt(0);
  return first >= 97 && first <= 122 && !LY_NOUNS.has(word);
}

/** `s` without its trailing adverbs ("Kirby also later" → "Kirby"). */
export function trimTrailingAdverbs(s: string): string {
  let out = s;
  for (let at = trailingAdverb(out); at >= 0; at = trailingAdverb(out)) out = out.slice(0, at);
  return out;
}

const RUN = /\w+/g;
const CLAUSE_WORDS = new Set(
  'that as and but while because which who after when if where since although though whereas so'.split(' '),
);

/**
 * The relative clause word that opens a subject ("who" in "Austin, who was recovering"): the first clause
 * word followed by white space with no other such word after it before the next comma. Returns [index, end
 * of the white space after it], or null.
 */
export function clauseOpening(s: string): [number, number] | null {
  const found: [number, number][] = [];
  RUN.lastIndex = 0;
  for (let m = RUN.exec(s); m; m = RUN.exec(s)) {
    const e = m.index + m[0].length;
    if (isS(s.charCodeAt(e)) && CLAUSE_WORDS.has(m[0].toLowerCase())) found.push([m.index, spaceEnd(s, e)]);
  }
  for (let k = 0; k < found.length; k++) {
    const comma = s.indexOf(',', found[k][1]);
    const next = found[k + 1];
    if (!next || (comma >= 0 && next[0] > comma)) return found[k];
  }
  return null;
}
