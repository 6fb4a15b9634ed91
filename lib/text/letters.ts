/**
 * Letter-or-number tests with the meaning of `\p{L}` and `\p{N}`, without compiling a Unicode-property regex
 * for plain English text: such a regex costs a fraction of a millisecond to compile on first use, while
 * ASCII ranges cost microseconds. Text with characters that may be non-ASCII letters or numbers still goes
 * through the property regex, so the answers are exact.
 */

const ASCII_ALNUM = /[A-Za-z0-9]/;
const ASCII_RUN = /[A-Za-z0-9]+/g;
/** Code units outside these ranges are never letters or numbers, apart from ASCII ones (checked in tests). */
const MAYBE_OTHER = /[\u00aa-\u1fff\u2070-\uffff]/;
const LETTER = /[\p{L}\p{N}]/u;
const LETTER_RUN = /[\p{L}\p{N}]+/gu;

/** True when `s` holds a letter or a number (`\p{L}` or `\p{N}`). */
export function hasLetterOrNumber(s: string): boolean {
  if (ASCII_ALNUM.test(s)) return true;
  return MAYBE_OTHER.test(s) && LETTER.test(s);
}

/** The number of maximal runs of letters and numbers in `s`. */
export function letterRuns(s: string): number {
  const re = MAYBE_OTHER.test(s) ? LETTER_RUN : ASCII_RUN;
  re.lastIndex = 0;
  let n = 0;
  while (re.exec(s)) n++;
  return n;
}
