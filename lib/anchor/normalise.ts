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
  return foldText(text.replace(/\s+/g, ' '));
}

const FOLD = /[\u2018\u2019\u201a\u2032\u201c\u201d\u201e\u2033\u2010-\u2014\u2212]/g;

/** `foldChar` over a whole string, with one native pass. */
export function foldText(text: string): string {
  return text.replace(FOLD, foldChar);
}
