/** Folds typographic variants to one form so quotes match across outlets and extractors; keeps length. */
export function foldChar(ch: string): string {
  switch (ch) {
    case '\u2018':
    case '\u2019':
    case '\u201a':
    case '\u2032':
      return "'";
    case '\u201c':
    case '\u201d':
    case '\u201e':
    case '\u2033':
      return '"';
    case '\u2010':
    case '\u2011':
    case '\u2012':
    case '\u2013':
    case '\u2014':
    case '\u2212':
      return '-';
    default:
      return ch;
  }
}

/** True for characters that collapse into one space (including NBSP and zero-width joiners' neighbours). */
export function isSpace(ch: string): boolean {
  return /\s/.test(ch);
}

/** Collapses whitespace runs to one space and folds typographic characters: the form both sides are matched in. */
export function normaliseText(text: string): string {
  let out = '';
  let lastSpace = false;
  for (const ch of text) {
    if (isSpace(ch)) {
      if (!lastSpace) out += ' ';
      lastSpace = true;
    } else {
      out += foldChar(ch);
      lastSpace = false;
    }
  }
  return out;
}
