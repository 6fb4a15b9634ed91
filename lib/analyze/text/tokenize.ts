/** Word and punctuation tokens with offsets, shared by the actor finder, topic scoring and claims. */
import { isSpaceChar, isUpperChar, isWordChar } from './char-class';
import { foldText } from './normalize';

/** One token: a run of letters/digits, or a single punctuation character. */
export interface Token {
  /** Folded text (see `foldText`), same length as the original slice. */
  text: string;
  lower: string;
  start: number;
  end: number;
  isWord: boolean;
  /** First character is an upper-case letter. */
  cap: boolean;
  /** Whitespace (or the start of the text) precedes the token. */
  spaceBefore: boolean;
}

/** Split text into tokens; offsets index the original string. */
export function tokenize(text: string): Token[] {
  const folded = foldText(text);
  const tokens: Token[] = [];
  const n = folded.length;
  let i = 0;
  while (i < n) {
    const c = folded.charCodeAt(i);
    if (isSpaceChar(c)) {
      i++;
      continue;
    }
    const start = i;
    const isWord = isWordChar(c);
    if (isWord) while (i < n && isWordChar(folded.charCodeAt(i))) i++;
    else i++;
    const t = folded.slice(start, i);
    tokens.push({
      text: t,
      lower: t.toLowerCase(),
      start,
      end: i,
      isWord,
      cap: isWord && isUpperChar(t[0]),
      spaceBefore: start === 0 || isSpaceChar(folded.charCodeAt(start - 1)),
    });
  }
  return tokens;
}

/** Lower-case words of a text, keeping inner apostrophes and hyphens ("iran-backed"), for term statistics. */
export function wordsOf(text: string): string[] {
  const folded = foldText(text).toLowerCase();
  const out: string[] = [];
  const n = folded.length;
  let i = 0;
  while (i < n) {
    if (!isWordChar(folded.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    for (;;) {
      while (i < n && isWordChar(folded.charCodeAt(i))) i++;
      const c = folded.charCodeAt(i);
      // An apostrophe or hyphen joins two word runs only when a letter or digit follows it directly.
      if ((c === 39 || c === 45) && i + 1 < n && isWordChar(folded.charCodeAt(i + 1))) i++;
      else break;
    }
    out.push(folded.slice(start, i));
  }
  return out;
}
