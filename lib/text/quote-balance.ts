/**
 * Whether a quotation is still open at the end of a range. Straight double quotes toggle; curly ones open
 * and close. Single quotes are ignored because apostrophes make them ambiguous.
 */

const QUOTE_MARK = /["\u201c\u201d]/g;

/** True when a double quotation opened in text[start, end) is not closed by `end`. */
export function quoteBalance(text: string, start: number, end: number): boolean {
  let straight = false;
  let curly = 0;
  // Jump between quotation marks: a character loop is slow until the code is optimised.
  const slice = text.slice(Math.max(0, start), Math.max(0, end));
  QUOTE_MARK.lastIndex = 0;
  for (let m = QUOTE_MARK.exec(slice); m; m = QUOTE_MARK.exec(slice)) {
    const c = m[0];
    if (c === '"') straight = !straight;
    else if (c === '\u201c') curly++;
    else if (curly > 0) curly--;
  }
  return straight || curly > 0;
}
