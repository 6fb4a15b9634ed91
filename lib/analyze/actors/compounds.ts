/**
 * Names inside hyphenated compounds. "Iran-backed", "US-led" and "pro-Iran" name an actor as the one behind
 * something, so they stay as compound mentions; "Panama-flagged", "Cyprus-based", "US-made", "trans-Atlantic"
 * or "United States-Israeli" only describe something else and are not mentions of the named actor at all.
 */
import type { Token } from '@/lib/text/tokenize';
import { NAME_PARTICLES } from './name-cues';

/** Second halves that make the name the sponsor, leader or side of what follows. */
const SPONSOR_TAILS = new Set(
  `backed aligned allied linked led funded financed sponsored supported affiliated controlled directed
trained armed inspired run dominated loyal`.split(/\s+/),
);
/** First halves that take a side for or against the name. */
const SIDE_PREFIXES = new Set(['pro', 'anti']);

/** How a name relates to a hyphenated compound around it. */
export type CompoundRole = 'none' | 'sponsor' | 'descriptor';

const joinedHyphen = (t: Token | undefined) => t?.text === '-' && !t.spaceBefore;

/** The role of tokens [from, to) in a hyphenated compound, if they are in one. */
export function compoundRole(tokens: Token[], from: number, to: number): CompoundRole {
  let role: CompoundRole = 'none';
  // A hyphen inside the match itself ("Iran-backed" as a lexicon form) is read from its own tail.
  for (let k = from + 1; k < to - 1; k++)
    if (joinedHyphen(tokens[k]) && tokens[k + 1].isWord && !tokens[k + 1].cap)
      return SPONSOR_TAILS.has(tokens[k + 1].lower) ? 'sponsor' : 'descriptor';
  if (SIDE_PREFIXES.has(tokens[from].lower) && joinedHyphen(tokens[from + 1])) return 'sponsor';
  const after = tokens[to];
  if (joinedHyphen(after) && tokens[to + 1]?.isWord && !tokens[to + 1].spaceBefore) {
    const tail = tokens[to + 1];
    role = !tail.cap && SPONSOR_TAILS.has(tail.lower) ? 'sponsor' : 'descriptor';
  }
  const before = tokens[from - 1];
  // The hyphen may follow a word or an abbreviation's full stop ("U.S.-Israel relations").
  if (joinedHyphen(before) && !tokens[from].spaceBefore && tokens[from - 2] && !before.spaceBefore) {
    const head = tokens[from - 2];
    if (SIDE_PREFIXES.has(head.lower)) return 'sponsor';
    // "al-Asad", "bin-Salman": a name particle joined by a hyphen is part of the name, not a compound.
    if (!NAME_PARTICLES.has(head.lower)) return 'descriptor';
  }
  return role;
}
