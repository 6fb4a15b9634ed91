/** Decides what kind of name a capitalised phrase is, from its own words and its immediate context. */

import { isStopword } from '@/lib/text/stopwords';
import type { Token } from '@/lib/text/tokenize';
import type { ActorType } from '../../types';
import {
  ARMED_HEADS,
  ARMED_PREFIXES,
  FIRST_NAMES,
  isTitleWord,
  MEDIA_WORDS,
  NON_ACTOR_WORDS,
  OF_HEADS,
  ORG_HEADS,
  PLACE_CUES,
  PLACE_HEADS,
  ROAD_WORDS,
} from './name-cues';

/** The verdict on one phrase: its type and how sure the cues make us, or null when it is not a name. */
export interface PhraseVerdict {
  type: ActorType;
  confidence: number;
}

/** Index of the first name token after leading titles ("Defense Secretary", "Brig. Gen."), or `to` if all are titles. */
export function stripTitles(tokens: Token[], from: number, to: number): number {
  const isTitle = (t: Token) => isTitleWord(t.lower) || t.text === '.' || t.text === '-' || t.lower === 'of';
  let k = from;
  while (k < to && isTitle(tokens[k])) k++;
  // A nationality or unit before the title ("Velmarian Defence Minister Tobias Kellerhals") belongs to the role.
  for (let j = to - 2; j > k; j--) {
    if (!isTitleWord(tokens[j].lower) || !tokens[j].cap) continue;
    if (!isTitle(tokens[j + 1])) return j + 1;
    // An abbreviated title keeps its full stop: "Ohio Gov. Jane Roe".
    if (tokens[j + 1].text === '.' && j + 2 < to && !isTitle(tokens[j + 2])) return j + 2;
  }
  return k;
}

const MEDIA_ORG_HEADS = new Set([
  'group',
  'corporation',
  'network',
  'company',
  'agency',
  'service',
  'services',
]);
const REPORT_VERBS = new Set(['reported', 'reports', 'reporting', 'published', 'broadcast', 'aired']);

/** Three to six capital letters ("ASIO"). */
function isShortAcronym(s: string): boolean {
  if (s.length < 3 || s.length > 6) return false;
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) < 65 || s.charCodeAt(i) > 90) return false;
  return true;
}

const NO_WORDS: ReadonlySet<string> = new Set();

/** A place head, singular or plural: "village", "villages", "cities". */
function isPlaceHead(w: string): boolean {
  if (PLACE_HEADS.has(w)) return true;
  if (w.endsWith('ies')) return PLACE_HEADS.has(`${w.slice(0, -3)}y`);
  return w.endsWith('s') && PLACE_HEADS.has(w.slice(0, -1));
}

/** Index of the token before the lower-case words right before `from`, skipping one comma ("villages, including"). */
function skipComma(tokens: Token[], k: number): number {
  return tokens[k]?.text === ',' ? k - 1 : k;
}

/**
 * "the Nineveh region", "the Mosul hydroelectric dam", "the M40 ring road": a name followed, within two
 * lower-case words, by a lower-case place noun names that place.
 */
function placeNounAfter(tokens: Token[], to: number): boolean {
  for (let k = to; k < to + 3 && k < tokens.length; k++) {
    const t = tokens[k];
    if (!t.isWord || t.cap) return false;
    if (isPlaceHead(t.lower)) return true;
  }
  return false;
}

/** "including Ashby, Cole and Marten Cross" after a place noun ("villages including", "towns, including"). */
function placeListOpening(tokens: Token[], k: number): boolean {
  const head = tokens[skipComma(tokens, k - 1)];
  return tokens[k]?.lower === 'including' && head !== undefined && !head.cap && isPlaceHead(head.lower);
}

/**
 * True for a later item of a list of places: "the villages of Brampton and Low Moor", "the towns of Ashby,
 * Cole and Marten Cross". Walks back over the earlier items to the "of" and the lower-case place head before it.
 */
function laterPlaceInList(tokens: Token[], from: number): boolean {
  let k = from - 1;
  let joined = false;
  for (let steps = 0; k >= 1 && steps < 16; steps++, k--) {
    const t = tokens[k];
    if (t.text === ',' || t.lower === 'and' || t.lower === 'or') joined = true;
    else if (!(t.isWord && t.cap) && t.text !== '-') break;
  }
  // A capitalised head is part of a title ("The Lost City of Z, Graduation, Loveless"), not a description.
  const head = tokens[k - 1];
  if (joined && placeListOpening(tokens, k)) return true;
  return joined && tokens[k]?.lower === 'of' && head !== undefined && !head.cap && isPlaceHead(head.lower);
}
const ROMAN = /^(?:x{0,3})(?:ix|iv|v?i{0,3})$/;

/** A number in a phrase: digits ("Retrieved 1", "Drone 3") or an upper-case Roman numeral ("Union III"). */
function numeral(w: Token): boolean {
  return /\d/.test(w.text) || (w.text.length > 1 && w.text === w.text.toUpperCase() && ROMAN.test(w.lower));
}

/**
 * Type a phrase (tokens [from, to)); `titled` says a title preceded it; `lowerSeen` holds the words the
 * article also writes in lower case. Returns null for non-names.
 */
export function classifyPhrase(
  tokens: Token[],
  from: number,
  to: number,
  titled: boolean,
  lowerSeen: ReadonlySet<string> = NO_WORDS,
): PhraseVerdict | null {
  const words = tokens.slice(from, to).filter((t) => t.isWord);
  // Titles alone ("Secretary of Defense") name an office, not an actor.
  if (words.every((w) => isTitleWord(w.lower) || w.lower === 'of' || w.lower === 'for')) return null;
  const last0 = words[words.length - 1].lower;
  // "Lloyd's List Intelligence": a possessive inside a name makes it an institution, never a person.
  for (let k = from; k < to - 1; k++)
    if (tokens[k].text === "'" && tokens[k + 1].lower === 's')
      return ORG_HEADS.has(last0) ? { type: 'organization', confidence: 0.6 } : null;
  const first = words[0].lower;
  // What is left of "Air Force One" or "Army Reserve" after its titles is a common word, not a name.
  if (words.length === 1 && isStopword(first)) return null;
  const last = words[words.length - 1].lower;
  const lowers = words.map((w) => w.lower);
  const before = tokens[from - 1]?.lower ?? '';
  const after = tokens[to]?.lower ?? '';
  const of = lowers.findIndex((w) => w === 'of' || w === 'for');
  const head = of > 0 ? lowers[of - 1] : '';
  if (ARMED_HEADS.has(head)) return { type: 'armed_group', confidence: 0.75 };
  if (PLACE_HEADS.has(head)) return { type: 'place', confidence: 0.7 };
  if (ORG_HEADS.has(head) || (of > 0 && OF_HEADS.has(head))) return { type: 'organization', confidence: 0.7 };
  if (ARMED_PREFIXES.has(first) || ARMED_HEADS.has(last) || (first === 'army' && lowers[1] === 'of'))
    return { type: 'armed_group', confidence: 0.8 };
  // "Press Council" is a council, "News Corporation" an outlet: an organisation head wins unless it is a media kind.
  const mediaHead = MEDIA_WORDS.has(last) || MEDIA_ORG_HEADS.has(last) || !ORG_HEADS.has(last);
  if (lowers.some((w) => MEDIA_WORDS.has(w)) && words.length > 1 && mediaHead)
    return { type: 'media', confidence: 0.75 };
  if (PLACE_HEADS.has(last) && words.length > 1) return { type: 'place', confidence: 0.75 };
  if (ORG_HEADS.has(last) && words.length > 1) return { type: 'organization', confidence: 0.75 };
  if (ROAD_WORDS.has(first) && words.length === 2 && /\d/.test(words[1].text))
    return { type: 'place', confidence: 0.7 };
  // "told Jorge Ramos" is a person; only a single word after "told" is most often an outlet ("told Fusion").
  if ((before === 'told' && words.length === 1) || REPORT_VERBS.has(after))
    return { type: 'media', confidence: 0.55 };
  // A law or an event keeps its kind even after a title word ("Foreign Sovereign Immunities Act").
  if (NON_ACTOR_WORDS.has(last)) return null;
  if (titled) return { type: 'person', confidence: 0.8 };
  // An unexplained acronym ("ASIO", "RSPCA") is most often an organisation; weak evidence, so low confidence.
  if (words.length === 1 && isShortAcronym(words[0].text)) return { type: 'organization', confidence: 0.4 };
  if (words.length >= 2 && FIRST_NAMES.has(first)) return { type: 'person', confidence: 0.75 };
  // "the state of Louisiana", "the city of Meridan", "the villages of Brampton and Low Moor".
  if (before === 'of' && (isPlaceHead(tokens[from - 2]?.lower ?? '') || tokens[from - 2]?.lower === 'state'))
    return { type: 'place', confidence: 0.6 };
  if (laterPlaceInList(tokens, from) || placeListOpening(tokens, from - 1))
    return { type: 'place', confidence: 0.55 };
  if ((before === 'the' || tokens[from - 2]?.lower === 'the') && placeNounAfter(tokens, to))
    return { type: 'place', confidence: 0.55 };
  // "Ruppersberger of Maryland", "Nancy Pelosi, of California": a single name after "of" following a name
  // (not a title: "Chairman of Apple") is where that person or body is from.
  const owner = tokens[skipComma(tokens, from - 2)];
  if (before === 'of' && words.length <= 2 && owner?.cap && !isTitleWord(owner.lower))
    return { type: 'place', confidence: 0.5 };
  // "Aldercrest Maritime of Piraeus": a single name after "of" following an institution is where it is based.
  if (before === 'of' && words.length === 1 && tokens[from - 2]?.cap && ORG_HEADS.has(tokens[from - 2].lower))
    return { type: 'place', confidence: 0.5 };
  if (PLACE_CUES.has(before)) return { type: 'place', confidence: words.length > 1 ? 0.6 : 0.5 };
  if (lowers.some((w) => NON_ACTOR_WORDS.has(w))) return null;
  if (words.length < 2 || words.length > 4) return null;
  // With no cue at all, two to four capitalised words are most often a person, unless they hold a number,
  // are all words the article also writes in lower case (a table's header row, a label in Title Case), or
  // take an article ("the Meridian Ledger" is an institution).
  if (words.some(numeral) || lowers.every((w) => lowerSeen.has(w))) return null;
  if (before === 'the' || first === 'the') return { type: 'organization', confidence: 0.4 };
  // "as a New Yorker", "an Ivy Leaguer": a name after an indefinite article describes, it does not name.
  if (before === 'a' || before === 'an') return null;
  return { type: 'person', confidence: 0.5 };
}
