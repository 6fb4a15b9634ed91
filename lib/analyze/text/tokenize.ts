/** Word and punctuation tokens with offsets, shared by the actor finder, topic scoring and claims. */
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

const TOKEN_RE = /[\p{L}\p{N}]+|[^\s\p{L}\p{N}]/gu;
const UPPER_RE = /\p{Lu}/u;

/** Split text into tokens; offsets index the original string. */
export function tokenize(text: string): Token[] {
  const folded = foldText(text);
  const tokens: Token[] = [];
  TOKEN_RE.lastIndex = 0;
  for (let m = TOKEN_RE.exec(folded); m; m = TOKEN_RE.exec(folded)) {
    const t = m[0];
    const start = m.index;
    const c = t.charCodeAt(0);
    const isWord = t.length > 1 || /[\p{L}\p{N}]/u.test(t);
    const cap = c >= 65 && c <= 90 ? true : c < 128 ? false : UPPER_RE.test(t[0]);
    const prev = start > 0 ? folded.charCodeAt(start - 1) : 32;
    tokens.push({
      text: t,
      lower: t.toLowerCase(),
      start,
      end: start + t.length,
      isWord,
      cap,
      spaceBefore: prev === 32 || prev === 10 || prev === 9 || prev === 13,
    });
  }
  return tokens;
}

/** Lower-case word tokens only, for term statistics. */
export function wordsOf(text: string): string[] {
  const out: string[] = [];
  const re = /[\p{L}\p{N}]+(?:['-][\p{L}\p{N}]+)*/gu;
  for (const m of foldText(text).toLowerCase().matchAll(re)) out.push(m[0]);
  return out;
}
