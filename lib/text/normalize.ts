/**
 * Length-preserving text folding: every output index equals its input index, so offsets found in the
 * folded text are offsets into `Article.text`.
 */

const PUNCT_FOLD: Record<string, string> = {
  '\u2018': "'",
  '\u2019': "'",
  '\u02BC': "'",
  '\u0060': "'",
  '\u00B4': "'",
  '\u201C': '"',
  '\u201D': '"',
  '\u2010': '-',
  '\u2011': '-',
  '\u2012': '-',
  '\u2013': '-',
  '\u2014': '-',
  '\u00A0': ' ',
  '\u202F': ' ',
  '\u2009': ' ',
};

const foldCache = new Map<string, string>();
const NON_ASCII = /[\u0080-\uffff]/;
const NON_ASCII_ALL = /[\u0080-\uffff]/g;

/** Fold one character: curly quotes and dashes to ASCII, diacritics removed, never changing length. */
export function foldChar(ch: string): string {
  const p = PUNCT_FOLD[ch];
  if (p) return p;
  if (ch.charCodeAt(0) < 0xc0) return ch;
  let f = foldCache.get(ch);
  if (f === undefined) {
    const base = ch.normalize('NFD')[0] ?? ch;
    // Only accept the base letter when it is a single UTF-16 unit, so the length never changes.
    f = base.length === 1 && ch.length === 1 ? base : ch;
    foldCache.set(ch, f);
  }
  return f;
}

/** Fold a whole string with `foldChar`; the result has exactly the same length. */
export function foldText(text: string): string {
  // One replace over non-ASCII code units: building the result char by char made megabytes of garbage on long pages.
  return NON_ASCII.test(text) ? text.replace(NON_ASCII_ALL, foldChar) : text;
}

/** A stable id from a name: folded, lower-case, non-alphanumerics collapsed to "-". */
export function slugify(name: string): string {
  return foldText(name)
    .toLowerCase()
    .replace(/'/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * `slugify` of each line of `text`, in order: the same replacements, run once over all the lines. On a cold
 * start this costs a fraction of slugifying a thousand lexicon names one by one.
 */
export function slugifyLines(text: string): string[] {
  return foldText(text)
    .toLowerCase()
    .replace(/'/g, '')
    .replace(/[^a-z0-9\n]+/g, '-')
    .replace(/^-+|-+$/gm, '')
    .split('\n');
}

/**
 * `items` joined by "\n", so that line i of the result is item i; null when an item holds a line break of
 * its own (possible only in user data), in which case the caller handles the items one by one.
 */
export function joinLines(items: string[]): string | null {
  const joined = items.join('\n');
  if (joined.includes('\r') || joined.includes('\u2028') || joined.includes('\u2029')) return null;
  const breaks = joined.length - joined.replaceAll('\n', '').length;
  return breaks === items.length - 1 ? joined : null;
}
