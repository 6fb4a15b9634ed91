/**
 * Whether a quotation is still open at the end of a range. Straight double quotes toggle; curly ones open
 * and close. Single quotes are ignored because apostrophes make them ambiguous.
 */

/** True when a double quotation opened in text[start, end) is not closed by `end`. */
export function quoteBalance(text: string, start: number, end: number): boolean {
  let straight = false;
  let curly = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 34) straight = !straight;
    else if (c === 0x201c) curly++;
    else if (c === 0x201d && curly > 0) curly--;
  }
  return straight || curly > 0;
}
