/** Strings that cannot spoof what they show: bidirectional controls out, no NUL, no lone surrogates. */

// Embeddings, overrides and isolates (U+202A–202E, U+2066–2069) and the marks (U+200E, U+200F, U+061C):
// a right-to-left override in a title can make "gpj.exe" read as "exe.jpg".
const BIDI_CONTROLS = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

// A regular expression rather than String#isWellFormed, which older supported browsers lack.
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** The text with every bidirectional control character removed. */
export function stripBidi(s: string): string {
  return s.replace(BIDI_CONTROLS, '');
}

/** True when the string holds a NUL or a UTF-16 surrogate half without its pair (not valid Unicode text). */
export function hasBrokenChars(s: string): boolean {
  return s.includes('\0') || LONE_SURROGATE.test(s);
}
