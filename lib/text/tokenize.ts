/** Word and punctuation tokens with offsets, shared by the actor finder, topic scoring and claims. */
import { isSpaceChar, isUpperChar, isWordChar, SPACE_CLASS, WORD_CLASS } from './char-class';
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

const TOKEN_RE = new RegExp(`[${WORD_CLASS}]+|[^${SPACE_CLASS}]`, 'g');
const WORD_RE = new RegExp(`[${WORD_CLASS}]+(?:['-][${WORD_CLASS}]+)*`, 'g');

/** Split text into tokens; offsets index the original string. */
export function tokenize(text: string): Token[] {
  const folded = foldText(text);
  const tokens: Token[] = [];
  // All token texts in one regex call; only white space lies between them, so offsets follow by skipping it.
  const parts = folded.match(TOKEN_RE) ?? [];
  let pos = 0;
  for (let i = 0; i < parts.length; i++) {
    const t = parts[i];
    const end = pos;
    while (isSpaceChar(folded.charCodeAt(pos))) pos++;
    const start = pos;
    pos += t.length;
    const c = t.charCodeAt(0);
    // ASCII settles most tokens without a call: the character tests run once per token on every page.
    const isWord =
      c < 128 ? (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) : isWordChar(c);
    tokens.push({
      text: t,
      lower: t.toLowerCase(),
      start,
      end: pos,
      isWord,
      cap: isWord && (c < 128 ? c >= 65 && c <= 90 : isUpperChar(t[0])),
      spaceBefore: start === 0 || start > end,
    });
  }
  return tokens;
}

/** Lower-case words of a text, keeping inner apostrophes and hyphens ("iran-backed"), for term statistics. */
export function wordsOf(text: string): string[] {
  // An apostrophe or hyphen joins two word runs only when a letter or digit follows it directly.
  return foldText(text).toLowerCase().match(WORD_RE) ?? [];
}
