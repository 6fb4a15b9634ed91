/**
 * Shapes of speaker phrases, tested word by word: indefinite pronouns ("nobody"), definite descriptions of a
 * group ("the rebels") or of a report ("the statement"), generic outlets ("state media"), and the titles
 * before a name ("Defense Secretary", "Brig. Gen."). Each was a case-insensitive regex; compiling them cost
 * more on a cold start than all the tests an article makes.
 */
import { asciiAt, isS, isW, spaceEnd, spaceStart } from '@/lib/text/ascii-words';

/** The white-space-delimited tokens of `s`, or null when `s` starts or ends with white space. */
function tokens(s: string): string[] | null {
  if (s.length === 0 || isS(s.charCodeAt(0)) || isS(s.charCodeAt(s.length - 1))) return null;
  const out: string[] = [];
  let i = 0;
  while (i < s.length) {
    let e = i;
    while (e < s.length && !isS(s.charCodeAt(e))) e++;
    out.push(s.slice(i, e));
    i = spaceEnd(s, e);
  }
  return out;
}

/** `t` equals `lit` (lower-case ASCII), ignoring ASCII case. */
function is(t: string | undefined, lit: string): boolean {
  return t !== undefined && t.length === lit.length && asciiAt(t, 0, lit);
}

function isAny(t: string | undefined, lits: readonly string[]): boolean {
  return lits.some((l) => is(t, l));
}

function isLetters(t: string, from: number): boolean {
  for (let i = from; i < t.length; i++) {
    const c = t.charCodeAt(i) | 32;
    if (c < 97 || c > 122) return false;
  }
  return t.length > from;
}

const INDEFINITES = [
  'nobody',
  'none',
  'all',
  'many',
  'some',
  'most',
  'few',
  'everyone',
  'everybody',
  'someone',
  'somebody',
  'each',
  'both',
];

/** "Nobody", "no one", "all", optionally with an adverb ("all publicly"): nobody's name. */
export function isIndefinite(phrase: string): boolean {
  const t = tokens(phrase);
  if (!t) return false;
  let n = 0;
  if (isAny(t[0], INDEFINITES)) n = 1;
  else if (is(t[0], 'no') && is(t[1], 'one')) n = 2;
  else return false;
  if (t.length === n) return true;
  const adverb = t[n];
  return (
    t.length === n + 1 &&
    adverb.length >= 3 &&
    asciiAt(adverb, adverb.length - 2, 'ly') &&
    isLetters(adverb, 0)
  );
}

const GROUP_HEADS =
  'group movement rebels militia militants army navy government ministry council company agency police coalition alliance committee authority commission firm operator regime junta parliament cabinet'.split(
    ' ',
  );

/** "the rebels", "its armed wing's army": a definite description of a body already in the story. */
export function isGroupAnaphor(phrase: string): boolean {
  const t = tokens(phrase);
  if (!t || !isAny(t[0], ['the', 'its', 'their'])) return false;
  const rest = t.slice(1);
  // The head is the last word, or "air force"; one plain word may qualify it ("the Iraqi army").
  const airForce = rest.length >= 2 && is(rest[rest.length - 2], 'air') && is(rest[rest.length - 1], 'force');
  const headWords = airForce ? 2 : isAny(rest[rest.length - 1], GROUP_HEADS) ? 1 : 0;
  if (headWords === 0) return false;
  const before = rest.length - headWords;
  return before === 0 || (before === 1 && isLetters(rest[0], 0));
}

/** "the report", "this statement": a reference back to the previous source. */
export function isAnaphora(phrase: string): boolean {
  const t = tokens(phrase);
  return (
    t !== null &&
    t.length === 2 &&
    isAny(t[0], ['the', 'this', 'that']) &&
    isAny(t[1], ['report', 'statement', 'outlet', 'agency', 'newspaper', 'broadcaster', 'article'])
  );
}

const OUTLET_WORDS = ['media', 'television', 'tv', 'newspaper', 'press', 'news'];

/** "pro-Iran media", "state-run television", "local news agency": a phrase that ends with an outlet word. */
export function isGenericOutlet(phrase: string): boolean {
  let a = phrase.length;
  while (a > 0 && isW(phrase.charCodeAt(a - 1))) a--;
  const last = phrase.slice(a);
  if (isAny(last, OUTLET_WORDS)) return true;
  if (!is(last, 'agency')) return false;
  const s = spaceStart(phrase, a);
  if (s === a || !asciiAt(phrase, s - 4, 'news')) return false;
  return s - 4 === 0 || !isW(phrase.charCodeAt(s - 5));
}

/** "the group", "this new body": a short definite subject of one to three plain words. */
export function isDefiniteSubject(phrase: string): boolean {
  const t = tokens(phrase);
  if (!t || t.length < 2 || t.length > 4 || !isAny(t[0], ['the', 'this', 'that'])) return false;
  for (let k = 1; k < t.length; k++) {
    const w = t[k];
    const c = w.charCodeAt(0) | 32;
    if (c < 97 || c > 122) return false;
    for (let i = 1; i < w.length; i++) if (!isW(w.charCodeAt(i)) && w.charCodeAt(i) !== 45) return false;
  }
  return true;
}

const ARTICLES = ['the', 'a', 'an'];
const MODIFIERS = [
  'u.s.',
  'us',
  'american',
  'iranian',
  'iraqi',
  'israeli',
  'deputy',
  'former',
  'senior',
  'top',
  'chief',
  'then-',
];
const ABBREVIATED = 'brig gen lt col maj capt sgt adm rep sen gov dr mr mrs ms cmdr gens'.split(' ');
const TITLES = [
  'president',
  'vice president',
  'secretary',
  'defense secretary',
  'secretary of state',
  'secretary of defense',
  'prime minister',
  'foreign minister',
  'minister',
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'general',
  'press secretary',
  'colonel',
  'major',
  'captain',
  'admiral',
  'ayatollah',
  'sheikh',
  'senator',
  'representative',
  'lieutenant',
  'brigadier',
  'commander',
  'sergeant',
];

/** End of the first of `words` written at `p` and followed by `after` and white space, past that space; or -1. */
function wordAt(s: string, p: number, words: readonly string[], after = ''): number {
  for (const w of words) {
    const e = p + w.length + after.length;
    if (asciiAt(s, p, w) && s.startsWith(after, p + w.length) && isS(s.charCodeAt(e))) return spaceEnd(s, e);
  }
  return -1;
}

function titleAt(s: string, p: number): number {
  const e = wordAt(s, p, ABBREVIATED, '.');
  return e >= 0 ? e : wordAt(s, p, TITLES);
}

/**
 * `phrase` without the titles that open it ("the former Defense Secretary", "Brig. Gen."), as far as they
 * go; an optional article and nationality or rank modifiers go with them, but only when a title follows.
 */
export function stripTitles(phrase: string): string {
  const article = wordAt(phrase, 0, ARTICLES);
  for (const start of article >= 0 ? [article, 0] : [0]) {
    const ends = [start];
    for (let e = wordAt(phrase, start, MODIFIERS); e >= 0; e = wordAt(phrase, e, MODIFIERS)) ends.push(e);
    // As many modifiers as leave a title after them.
    for (let k = ends.length - 1; k >= 0; k--) {
      let q = ends[k];
      for (let e = titleAt(phrase, q); e >= 0; e = titleAt(phrase, e)) q = e;
      if (q > ends[k]) return phrase.slice(q);
    }
  }
  return phrase;
}

const LEADING_STOP = new Set([
  'The',
  'A',
  'An',
  'This',
  'That',
  'These',
  'Those',
  'Multiple',
  'Several',
  'Other',
  'Some',
  'Many',
]);

/** `phrase` without an opening determiner ("The", "Several"), matched with its capital. */
export function stripLeadingStop(phrase: string): string {
  let e = 0;
  while (e < phrase.length && !isS(phrase.charCodeAt(e))) e++;
  return e < phrase.length && LEADING_STOP.has(phrase.slice(0, e))
    ? phrase.slice(spaceEnd(phrase, e))
    : phrase;
}
