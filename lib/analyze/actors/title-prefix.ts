/**
 * What stands before a title in a capitalised run: "Ohio Gov. Jane Roe" is the place Ohio and the person
 * Jane Roe, "Weekly Standard Editor Bill Kristol" the publication and its editor, "DNC Communications
 * Director" the committee. A nationality adjective there ("Velmarian Defence Minister") belongs to the role.
 */
import type { Token } from '@/lib/text/tokenize';
import { classifyPhrase, type PhraseVerdict } from './classify-phrase';
import { FIRST_NAMES, isTitleWord, OF_HEADS, ORG_HEADS, PLACE_HEADS } from './name-cues';

/** Endings of nationality adjectives and demonyms: "Velmarian", "Sudanese", "Kurdish", "Iraqi". */
const DEMONYM_END = /(?:ian|ean|an|ese|ish|i)$/;
/** Endings of abstract common nouns, which place and body names before a title rarely have. */
const COMMON_NOUN_END = /(?:tion|sion|ment|ship|ity|ness|ance|ence)$/;

/** The prefix [from, end) before the first title word of [from, nameFrom), typed; or null. */
export function titlePrefix(
  tokens: Token[],
  from: number,
  nameFrom: number,
  lowerSeen: ReadonlySet<string>,
): { from: number; to: number; verdict: PhraseVerdict } | null {
  let end = from;
  while (end < nameFrom && !isTitleWord(tokens[end].lower)) end++;
  if (end === from || end === nameFrom) return null;
  const words = tokens.slice(from, end).filter((t) => t.isWord);
  if (words.length === 0 || words.some((w) => !w.cap)) return null;
  if (words.length === 1 && DEMONYM_END.test(words[0].lower) && !/^[A-Z]+$/.test(words[0].text)) return null;
  // "Opposition Leader", "Majority Whip": a common noun before a title is part of the office, not a name.
  if (words.every((w) => lowerSeen.has(w.lower) || COMMON_NOUN_END.test(w.lower))) return null;
  const verdict = classifyPhrase(tokens, from, end, false, lowerSeen);
  // A person never stands before a title; what does is a place ("Ohio") or a body ("Weekly Standard").
  if (verdict && verdict.type !== 'person') return { from, to: end, verdict };
  return {
    from,
    to: end,
    // "House Speaker", "Council Chairman": an institution word is a body; another single name is a place.
    verdict:
      words.length === 1 && !OF_HEADS.has(words[0].lower) && !ORG_HEADS.has(words[0].lower)
        ? { type: 'place', confidence: 0.5 }
        : { type: 'organization', confidence: 0.45 },
  };
}

/**
 * "Secretary of State Clinton", "Secretary of Defense Lloyd Austin": an office named with "of" that ends in a
 * name is a title and a person, not an organisation. True when [nameFrom, to) reads as that person's name.
 */
export function personAfterOffice(tokens: Token[], nameFrom: number, to: number): boolean {
  const words = tokens.slice(nameFrom, to).filter((t) => t.isWord);
  if (words.length === 0 || words.length > 3) return false;
  const last = words[words.length - 1].lower;
  if (ORG_HEADS.has(last) || PLACE_HEADS.has(last)) return false;
  return words.length === 1 || FIRST_NAMES.has(words[0].lower);
}
