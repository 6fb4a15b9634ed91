/** Reads the role written around a person's name: "Defense Secretary Lloyd Austin", "Kirby, spokesperson for the NSC". */
import type { Token } from '@/lib/text/tokenize';
import { isTitleWord } from './name-cues';

const JOINERS = new Set(['of', 'for', 'the', "'", 's', '.', '-']);
const STOP_AFTER = new Set([
  ',',
  '.',
  ';',
  ':',
  '(',
  ')',
  '"',
  'said',
  'says',
  'told',
  'who',
  'and',
  'has',
  'had',
  'was',
  'is',
]);

/**
 * The role before token `from` (titles, plus an organisation or state name directly in front of them), or null.
 * `owner` marks tokens that belong to other mentions; `isInstitution` says whether such a mention may be part of a role.
 */
export function roleBefore(
  tokens: Token[],
  text: string,
  from: number,
  owner: Int32Array,
  isInstitution: (k: number) => boolean,
): string | null {
  let k = from - 1;
  let start = -1;
  let titles = 0;
  while (k >= 0 && from - k <= 8) {
    const t = tokens[k];
    if (text.slice(t.end, tokens[k + 1].start).includes('\n')) break;
    if (t.isWord && isTitleWord(t.lower) && owner[k] === -1) titles++;
    else if (JOINERS.has(t.lower) && (titles > 0 || t.text === '.')) {
      // A full stop joins only an abbreviated title ("Brig. Gen."), never two sentences.
      if (t.text === '.' && !isTitleWord(tokens[k - 1]?.lower ?? '')) break;
    } else if (owner[k] !== -1 && titles > 0 && isInstitution(k)) {
      const o = owner[k];
      while (k > 0 && owner[k - 1] === o) k--;
      start = k;
      break;
    } else break;
    start = k;
    k--;
  }
  if (titles === 0 || start < 0) return null;
  while (start < from && JOINERS.has(tokens[start].lower)) start++;
  return start < from ? text.slice(tokens[start].start, tokens[from - 1].end) : null;
}

/** The appositive role after token `to` ("John Kirby, spokesperson for the National Security Council,"), or null. */
export function roleAfter(tokens: Token[], text: string, to: number): string | null {
  if (tokens[to]?.text !== ',') return null;
  const first = tokens[to + 1];
  if (!first?.isWord || first.cap || !isTitleWord(first.lower)) return null;
  let end = to + 1;
  for (let k = to + 1; k < tokens.length && k - to <= 9; k++) {
    if (STOP_AFTER.has(tokens[k].lower) && k > to + 1) break;
    end = k;
  }
  return text.slice(first.start, tokens[end].end);
}
