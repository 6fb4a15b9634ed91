/**
 * What stands right before or after a number and changes what it is: a time ("5 p.m.", "5:04"), an ordinal
 * ("5th"), a designation ("Tower 22", "F-16"), an ellipsis ("four in Syria"), an age in apposition
 * ("Samir, 24,"). Plain character tests: as regexes they were a dozen more compilations on a cold start.
 */
import { asciiAt, isD, isS, isW, spaceEnd } from '@/lib/text/ascii-words';

const TIME_WORDS = ['am', 'pm', 'gmt', 'utc', 'et', 'est', 'edt'];

/** A time follows the number: ":04", " p.m.", "am", " GMT", " local time". */
export function timeAfter(after: string): boolean {
  if (after.charCodeAt(0) === 58 && isD(after.charCodeAt(1))) return true;
  const p = isS(after.charCodeAt(0)) ? 1 : 0;
  if (asciiAt(after, p, 'a.m.') || asciiAt(after, p, 'p.m.') || asciiAt(after, p, 'local time')) return true;
  return TIME_WORDS.some((w) => asciiAt(after, p, w) && !isW(after.charCodeAt(p + w.length)));
}

/** An ordinal suffix follows the number: "5th", "21st". */
export function ordinalAfter(after: string): boolean {
  return ['st', 'nd', 'rd', 'th'].some((w) => asciiAt(after, 0, w) && !isW(after.charCodeAt(2)));
}

/** The text before the number ends with "digit:" ("5:" before "04"). */
export function clockBefore(before: string): boolean {
  const n = before.length;
  return before.charCodeAt(n - 1) === 58 && isD(before.charCodeAt(n - 2));
}

function isUpper(c: number): boolean {
  return c >= 65 && c <= 90;
}

function isLower(c: number): boolean {
  return c >= 97 && c <= 122;
}

/** A designation precedes the number: a capitalised word and a hyphen ("F-"), or a name and a space ("Tower "). */
export function designationBefore(before: string): boolean {
  const n = before.length;
  const last = before.charCodeAt(n - 1);
  if (last === 45) {
    for (let k = n - 2; k >= 0 && (isUpper(before.charCodeAt(k)) || isLower(before.charCodeAt(k))); k--)
      if (isUpper(before.charCodeAt(k))) return true;
    return false;
  }
  if (!isS(last)) return false;
  let k = n - 2;
  while (k >= 0 && isLower(before.charCodeAt(k))) k--;
  return k < n - 2 && k >= 0 && isUpper(before.charCodeAt(k));
}

/** " in ", " from ", " at ", " on " follows: "four in Syria", an elliptical count. */
export function ellipsisAfter(rest: string): boolean {
  const p = spaceEnd(rest, 0);
  if (p === 0) return false;
  return ['in', 'from', 'at', 'on'].some((w) => rest.startsWith(w, p) && isS(rest.charCodeAt(p + w.length)));
}

function isNameChar(c: number): boolean {
  return isW(c) || c === 39 || c === 0x2019 || c === 45;
}

/** The number follows "Name, ": a capitalised word, a comma and one space ("Samir, 24"). */
export function appositionBefore(before: string): boolean {
  const n = before.length;
  if (!isS(before.charCodeAt(n - 1)) || before.charCodeAt(n - 2) !== 44) return false;
  for (let k = n - 3; k >= 0 && isNameChar(before.charCodeAt(k)); k--)
    if (isUpper(before.charCodeAt(k))) return true;
  return false;
}
