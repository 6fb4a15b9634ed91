/**
 * Character tests with the exact meaning of `\w`, `\s` and `\d` in a JavaScript regex without the `u` flag.
 * Scanners that replace large regexes use them so that their word boundaries are the regexes' boundaries.
 */

/** `\w`: an ASCII letter, digit or underscore. */
export function isW(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;
}

/** `\d`: an ASCII digit. NaN (past the end of a string) is not one. */
export function isD(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** `\s`: ECMAScript white space and line terminators. */
export function isS(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 160) return false;
  return (
    c === 160 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/** End of the `\w` run that starts at `p` (`p` itself when there is none). */
export function wordEnd(s: string, p: number): number {
  let e = p;
  while (e < s.length && isW(s.charCodeAt(e))) e++;
  return e;
}

/** End of the `\s` run that starts at `p`. */
export function spaceEnd(s: string, p: number): number {
  let e = p;
  while (e < s.length && isS(s.charCodeAt(e))) e++;
  return e;
}

/** End of the `\d` run that starts at `p`. */
export function digitEnd(s: string, p: number): number {
  let e = p;
  while (e < s.length && isD(s.charCodeAt(e))) e++;
  return e;
}

/** The `\w` run from `p` to its end, lower-cased. */
export function lowerWordAt(s: string, p: number): string {
  return s.slice(p, wordEnd(s, p)).toLowerCase();
}

/**
 * True when `s` holds `phrase` (lower-case ASCII) at `p`, ignoring ASCII case, and no word character
 * follows: what `/phrase\b/i` matches there.
 */
export function phraseAt(s: string, p: number, phrase: string): boolean {
  return asciiAt(s, p, phrase) && !isW(s.charCodeAt(p + phrase.length));
}

/** True when `s` holds `lit` (lower-case ASCII) at `p`, ignoring ASCII case; what `/lit/i` matches there. */
export function asciiAt(s: string, p: number, lit: string): boolean {
  if (p < 0 || p + lit.length > s.length) return false;
  for (let i = 0; i < lit.length; i++) {
    let c = s.charCodeAt(p + i);
    if (c >= 65 && c <= 90) c += 32;
    if (c !== lit.charCodeAt(i)) return false;
  }
  return true;
}

/** Start of the `\s` run that ends at `end`. */
export function spaceStart(s: string, end: number): number {
  let p = end;
  while (p > 0 && isS(s.charCodeAt(p - 1))) p--;
  return p;
}

/** True when one of `words` (lower-case ASCII) ends at `end` and starts a word (`\bword` ending there). */
export function wordEndsAt(s: string, end: number, words: readonly string[]): boolean {
  for (const w of words) {
    const p = end - w.length;
    if (p >= 0 && asciiAt(s, p, w) && (p === 0 || !isW(s.charCodeAt(p - 1)))) return true;
  }
  return false;
}
