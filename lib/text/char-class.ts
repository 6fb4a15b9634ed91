/**
 * Character classes by code unit, without Unicode-property regexes: those cost several milliseconds to
 * compile on first use, which lands on the cold start of every tab.
 */

/** True for letters and digits, including accented and non-Latin letters. */
export function isWordChar(c: number): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  if (c < 0xc0) return c === 0xaa || c === 0xb5 || c === 0xba;
  if (c === 0xd7 || c === 0xf7) return false;
  // General punctuation, symbols, arrows, maths, box drawing, CJK punctuation, surrogates (emoji), specials.
  if (c >= 0x2000 && c <= 0x2bff) return false;
  if (c >= 0x3000 && c <= 0x303f) return false;
  if (c >= 0xd800 && c <= 0xdfff) return false;
  if (c >= 0xfe30 && c <= 0xfe4f) return false;
  if (c >= 0xff00 && c <= 0xff20) return false;
  if (c >= 0xfff0) return false;
  return true;
}

/** True for white space, including no-break and thin spaces. */
export function isSpaceChar(c: number): boolean {
  return (
    c === 32 ||
    c === 10 ||
    c === 13 ||
    c === 9 ||
    c === 12 ||
    c === 0xa0 ||
    c === 0x202f ||
    (c >= 0x2000 && c <= 0x200b)
  );
}

/** True when the character is an upper-case letter. */
export function isUpperChar(ch: string): boolean {
  const c = ch.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

/**
 * Regex character-class bodies with exactly the code units of `isWordChar` and `isSpaceChar`. Plain ranges
 * compile in microseconds, and a regex scan is far cheaper than a character loop before the code is
 * optimised.
 */
export const WORD_CLASS =
  '0-9A-Za-z\\xaa\\xb5\\xba\\xc0-\\xd6\\xd8-\\xf6\\xf8-\\u1fff\\u2c00-\\u2fff\\u3040-\\ud7ff\\ue000-\\ufe2f\\ufe50-\\ufeff\\uff21-\\uffef';
/** See `WORD_CLASS`. */
export const SPACE_CLASS = ' \\n\\r\\t\\f\\xa0\\u202f\\u2000-\\u200b';
