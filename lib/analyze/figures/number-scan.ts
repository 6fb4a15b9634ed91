/**
 * Finds number phrases ("2,500", "$1.2bn", "two dozen", "twenty-five", "tens of thousands", "dozens") by
 * looking words up in sets, digit runs by hand. It replaces one case-insensitive regex of about 800
 * characters: compiling that regex, and compiling it again natively on its second use, was the largest single
 * item of the analysis's cold start. The rules are that regex's, choice for choice, so figures do not change:
 *
 * - digits: a currency sign (`$`, `£`, `€`), an optional space, `1,234` or `1234`, optional decimals, then
 *   optionally " hundred" … " trillion" or, right after currency digits, "bn"/"m";
 * - words: a cardinal ("twenty-five", "seventeen", "zero"), "a" or "half a", then "dozen";
 *   "tens of thousands"; "dozens", "scores", "hundreds", "thousands", "millions"; or a cardinal with an
 *   optional " hundred" … " billion".
 */
import { digitEnd, isD, isS, isW, lowerWordAt, spaceEnd, wordEnd } from '@/lib/text/ascii-words';
import { DIGITS, type KeyWord, NUMBER_WORD, registerKeyWords } from '@/lib/text/key-words';
import { ONES, TEENS, TENS } from './number-words';

const TENS_WORDS = new Set(TENS.filter(Boolean));
const UNITS_1_9 = new Set(ONES.slice(1));
/** Cardinals of one word other than the tens: "zero" to "nineteen". */
const SIMPLE_CARDINALS = new Set([...TEENS, ...ONES]);
const DIGIT_SCALES = new Set(['hundred', 'thousand', 'million', 'billion', 'trillion']);
const WORD_SCALES = new Set(['hundred', 'thousand', 'million', 'billion']);
const COLLECTIVES = new Set(['dozens', 'scores', 'hundreds', 'thousands', 'millions']);
/** Every word a number phrase can open with, to reject other words with one lookup. */
const OPENERS = new Set([...TENS_WORDS, ...SIMPLE_CARDINALS, ...COLLECTIVES, 'a', 'half', 'tens']);
registerKeyWords(NUMBER_WORD, OPENERS);
const OPENS = NUMBER_WORD | DIGITS;

/** True for the currency signs a number phrase may open with: "$", "£", "€". */
export function isCurrencySign(c: number): boolean {
  return c === 36 || c === 0xa3 || c === 0x20ac;
}

const CURRENCY_SIGNS = ['$', '£', '€'];

/** The first currency sign in `s` at or after `from`, or -1. */
function nextCurrencySign(s: string, from: number): number {
  let best = -1;
  for (const sign of CURRENCY_SIGNS) {
    const k = s.indexOf(sign, from);
    if (k >= 0 && (best < 0 || k < best)) best = k;
  }
  return best;
}

/** True when a number phrase may end at `e`: no word character or "/" next, and no ".5", ",5", ":5". */
function endsCleanly(s: string, e: number): boolean {
  const c = s.charCodeAt(e);
  if (isW(c) || c === 47) return false;
  return !((c === 46 || c === 44 || c === 58) && isD(s.charCodeAt(e + 1)));
}

/** True when a phrase may start at `p`: not right after a word character, a currency sign or one of . , / : - */
export function startsCleanly(s: string, p: number): boolean {
  if (p === 0) return true;
  const c = s.charCodeAt(p - 1);
  return !(isW(c) || c === 46 || c === 44 || isCurrencySign(c) || c === 47 || c === 58 || c === 45);
}

/** A currency sign right before the run of digits, dots and commas that ends at `e` ("$1.2" before "bn"). */
function currencyDigitsBefore(s: string, e: number): boolean {
  let k = e;
  while (k > 0) {
    const c = s.charCodeAt(k - 1);
    if (!(isD(c) || c === 46 || c === 44)) break;
    k--;
  }
  return k < e && k > 0 && isCurrencySign(s.charCodeAt(k - 1));
}

function digitPhrase(s: string, pos: number, clean: boolean): number {
  let p = pos;
  if (isCurrencySign(s.charCodeAt(p))) {
    p++;
    if (isS(s.charCodeAt(p))) p++;
  }
  const d = digitEnd(s, p);
  if (d === p) return -1;
  let e = d;
  // "1,234,567": thousands groups need one to three leading digits; otherwise the digits stand alone.
  if (d - p <= 3) {
    while (s.charCodeAt(e) === 44 && digitEnd(s, e + 1) - (e + 1) >= 3) e += 4;
  }
  if (s.charCodeAt(e) === 46 && isD(s.charCodeAt(e + 1))) e = digitEnd(s, e + 1);
  if (isS(s.charCodeAt(e)) && DIGIT_SCALES.has(lowerWordAt(s, e + 1))) {
    const end = wordEnd(s, e + 1);
    if (!clean || endsCleanly(s, end)) return end;
  }
  if (currencyDigitsBefore(s, e)) {
    for (const q of isS(s.charCodeAt(e)) ? [e + 1, e] : [e]) {
      const w = lowerWordAt(s, q);
      if ((w === 'bn' || w === 'm') && (!clean || endsCleanly(s, q + w.length))) return q + w.length;
    }
  }
  return !clean || endsCleanly(s, e) ? e : -1;
}

/** Ends of the cardinals that start at `p`, longest reading first: "twenty-five", then "twenty". */
function cardinalEnds(s: string, p: number, first: string): number[] {
  const e1 = p + first.length;
  if (TENS_WORDS.has(first)) {
    const sep = s.charCodeAt(e1);
    const ends: number[] = [];
    if ((sep === 45 || isS(sep)) && UNITS_1_9.has(lowerWordAt(s, e1 + 1))) ends.push(wordEnd(s, e1 + 1));
    ends.push(e1);
    return ends;
  }
  return SIMPLE_CARDINALS.has(first) ? [e1] : [];
}

/** End of "dozen" after white space at `e`, or -1. */
function dozenAfter(s: string, e: number): number {
  const k = spaceEnd(s, e);
  return k > e && lowerWordAt(s, k) === 'dozen' ? k + 5 : -1;
}

function wordPhrase(s: string, p: number, clean: boolean): number {
  const first = lowerWordAt(s, p);
  if (!OPENERS.has(first)) return -1;
  const e1 = p + first.length;
  const ok = (e: number) => e >= 0 && (!clean || endsCleanly(s, e));
  // "two dozen", "a dozen", "half a dozen".
  const cards = cardinalEnds(s, p, first);
  const heads = [...cards];
  if (first === 'a') heads.push(e1);
  if (first === 'half' && isS(s.charCodeAt(e1)) && lowerWordAt(s, e1 + 1) === 'a') heads.push(e1 + 2);
  for (const h of heads) {
    const e = dozenAfter(s, h);
    if (ok(e)) return e;
  }
  if (
    first === 'tens' &&
    isS(s.charCodeAt(e1)) &&
    lowerWordAt(s, e1 + 1) === 'of' &&
    isS(s.charCodeAt(e1 + 3)) &&
    lowerWordAt(s, e1 + 4) === 'thousands' &&
    ok(e1 + 13)
  )
    return e1 + 13;
  if (COLLECTIVES.has(first) && ok(e1)) return e1;
  // A bare cardinal must start a word ("three", "three hundred").
  if (p > 0 && isW(s.charCodeAt(p - 1))) return -1;
  for (const c of cards) {
    if (isS(s.charCodeAt(c)) && WORD_SCALES.has(lowerWordAt(s, c + 1))) {
      const e = wordEnd(s, c + 1);
      if (ok(e)) return e;
    }
    if (ok(c)) return c;
  }
  return -1;
}

/**
 * End of the number phrase that starts at `p`, or -1. With `clean`, the phrase must end cleanly (see
 * `endsCleanly`) and the longest reading that does wins; without, the longest reading wins outright.
 */
export function numberAt(s: string, p: number, clean: boolean): number {
  const c = s.charCodeAt(p);
  if (isCurrencySign(c) || isD(c)) return digitPhrase(s, p, clean);
  return isW(c) ? wordPhrase(s, p, clean) : -1;
}

/** A function that returns the next number phrase at or after `from`, as [start, end), or null. */
export type NumberCursor = (from: number) => [number, number] | null;

/**
 * Number phrases of sentence slice `s` in order, each starting and ending cleanly, given the slice's key
 * words: only currency signs, digit runs and number words can open a phrase, so only those are tried.
 * Successive calls must pass non-decreasing `from`.
 */
export function numberCursor(s: string, words: KeyWord[]): NumberCursor {
  let wi = 0;
  let sign = nextCurrencySign(s, 0);
  return (from: number) => {
    let at = from;
    for (;;) {
      while (wi < words.length && (words[wi].start < at || (words[wi].roles & OPENS) === 0)) wi++;
      if (sign >= 0 && sign < at) sign = nextCurrencySign(s, at);
      const w = wi < words.length ? words[wi].start : -1;
      const p = sign >= 0 && (w < 0 || sign < w) ? sign : w;
      if (p < 0) return null;
      if (startsCleanly(s, p)) {
        const e = numberAt(s, p, true);
        if (e >= 0) return [p, e];
      }
      at = p + 1;
    }
  };
}

const CONNECTORS = ['to', 'or', 'and', '-', '–', '—'];

/** A range's upper end right after a number ("to 30", "-30", "or three"): [length from 0, start of the number], or null. */
export function rangeAfter(after: string): [number, number] | null {
  const p = spaceEnd(after, 0);
  const head = after.slice(p, p + 3).toLowerCase();
  const conn = CONNECTORS.find((k) => head.startsWith(k));
  if (!conn) return null;
  const q = spaceEnd(after, p + conn.length);
  const e = numberAt(after, q, false);
  return e >= 0 ? [e, q] : null;
}
