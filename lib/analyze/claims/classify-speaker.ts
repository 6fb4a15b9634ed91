/**
 * Classifies a speaker phrase ("John Kirby, spokesman for the National Security Council", "a US official in
 * the region", "he", "CNN") into a claim source, using the actors found in the article where they cover it.
 */
import type { Actor, ClaimSource, Span } from '@/lib/types';
import { outletName, PRONOUNS, unnamedHeadIndex } from './source-phrases';
import {
  isAnaphora,
  isGenericOutlet,
  isGroupAnaphor,
  isIndefinite,
  stripLeadingStop,
  stripTitles,
} from './speaker-shapes';

/** An actor mention with its actor, as the claim extractor indexes them. */
export interface MentionRef extends Span {
  actor: Actor;
  /** The mention sits in a compound ("Iran-backed fighters"): it describes the speaker, it is not the speaker. */
  compound?: boolean;
}

/** A classified speaker; `pronoun` is set when the speaker must be resolved from context. */
export interface Speaker {
  source: ClaimSource;
  pronoun: string | null;
}

const CAP_RUN = /\b[A-Z][\w'’.-]*(?:\s+(?:(?:of|for|the|in|al|bin|de|al-)\s+)*[A-Z][\w'’.-]*)*/g;

/** Words that end the walk back from a head noun: the determiner was not reached. */
const BREAK_WORDS = new Set(
  'for to towards toward with from at by and but that as while if of on israel iran'.split(' '),
);
/** Determiners that open an unnamed source ("two", "several"); the walk back stops on one. */
const OPENING_DETERMINERS = new Set(
  'a an the one another multiple several both two three four five some many other'.split(' '),
);

/**
 * The unnamed source as a short noun phrase: back from the head noun to its determiner (at most five
 * words), forward to the end of the phrase, without a trailing relative clause ("who spoke to CNN").
 */
function unnamedName(phrase: string): string {
  const head = unnamedHeadIndex(phrase);
  if (head < 0) return phrase;
  const before = phrase.slice(0, head).trim().split(/\s+/).filter(Boolean);
  let from = before.length;
  for (let k = before.length - 1; k >= 0 && before.length - k <= 5; k--) {
    const w = before[k].replace(/[,.]$/, '');
    if (BREAK_WORDS.has(w.toLowerCase()) || /[,.]$/.test(before[k])) break;
    from = k;
    if (OPENING_DETERMINERS.has(w.toLowerCase())) break;
  }
  const lead = before.slice(from).join(' ');
  const tail = phrase.slice(head).split(/\s+(?:who|which|that|,)\s*/)[0];
  return `${lead ? `${lead} ` : ''}${tail}`.replace(/[,\s]+$/, '');
}

function firstWord(s: string): string {
  return s.trim().split(/\s+/)[0]?.toLowerCase() ?? '';
}

/** The person mentioned last (closest to the verb) in the phrase, else the last other actor. */
function actorIn(mentions: MentionRef[], span: Span): MentionRef | null {
  let person: MentionRef | null = null;
  let other: MentionRef | null = null;
  for (const m of mentions) {
    if (m.start >= span.end) break;
    if (m.start < span.start || m.end > span.end || m.compound) continue;
    if (m.actor.type === 'person') person = m;
    else if (m.actor.type !== 'place') other = m;
  }
  return person ?? other;
}

const POSSESSIVE_HEAD = /^['’]s\s+(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*$/;
const COMPLEMENT_OF = /([\w-]+)\s+(?:of|for|to)\s+(?:[A-Z][\w.'’-]*\s+)*$/;

/** "Moffett's mother", "friends of Sergeant Rivers": the person only qualifies an unnamed speaker. */
function qualifiesOther(text: string, span: Span, m: MentionRef): boolean {
  if (POSSESSIVE_HEAD.test(text.slice(m.end, span.end).trimEnd())) return true;
  const c = COMPLEMENT_OF.exec(text.slice(span.start, m.start));
  // A lower-case head ("a spokesman for") or a capitalised common one ("Friends of"), never a title ("Secretary of").
  return c !== null && (/^[a-z]/.test(c[1]) || unnamedHeadIndex(c[1]) >= 0);
}

/** Classifies the speaker phrase text[span.start, span.end). Mentions must be sorted by start. */
export function classifySpeaker(text: string, span: Span, mentions: MentionRef[]): Speaker {
  const phrase = text.slice(span.start, span.end).trim();
  const words = phrase.split(/\s+/);
  // "Nobody claimed", "All were reported": indefinite pronouns are nobody's name.
  if (isIndefinite(phrase)) return { source: { kind: 'none', name: null }, pronoun: null };
  if (words.length <= 2 && PRONOUNS.has(words[words.length - 1].toLowerCase())) {
    return { source: { kind: 'none', name: null }, pronoun: words[words.length - 1].toLowerCase() };
  }
  if (isAnaphora(phrase)) return { source: { kind: 'none', name: null }, pronoun: 'it' };
  const outlet = outletName(phrase);
  if (outlet) return { source: { kind: 'outlet', name: outlet }, pronoun: null };
  if (isGenericOutlet(phrase) && words.length <= 4) {
    return { source: { kind: 'outlet', name: phrase.replace(/^(?:the)\s+/i, '') }, pronoun: null };
  }
  const hit = actorIn(mentions, span);
  if (hit?.actor.type === 'person' && qualifiesOther(text, span, hit)) {
    return { source: { kind: 'unnamed', name: phrase.replace(/^(?:the)\s+/i, '') }, pronoun: null };
  }
  if (hit?.actor.type === 'person') {
    return { source: { kind: 'named', name: hit.actor.name, actorId: hit.actor.id }, pronoun: null };
  }
  if (unnamedHeadIndex(phrase) >= 0) {
    const name = unnamedName(phrase);
    return { source: { kind: 'unnamed', name }, pronoun: null };
  }
  if (hit) {
    const kind = hit.actor.type === 'media' ? 'outlet' : 'named';
    return { source: { kind, name: hit.actor.name, actorId: hit.actor.id }, pronoun: null };
  }
  if (isGroupAnaphor(phrase)) return { source: { kind: 'named', name: phrase }, pronoun: null };
  const bare = stripLeadingStop(stripTitles(phrase));
  let name: string | null = null;
  CAP_RUN.lastIndex = 0;
  for (let m = CAP_RUN.exec(bare); m; m = CAP_RUN.exec(bare)) {
    // A word swallowed from a compound ("trans-Atlantic", "Iran-backed") is not the speaker's name.
    if (/-[a-z]/.test(m[0]) || /[a-z]-$/.test(bare.slice(0, m.index))) continue;
    name = m[0].replace(/[.,]+$/, '');
  }
  if (name && !PRONOUNS.has(firstWord(name)) && /[a-z]/.test(name)) {
    return { source: { kind: 'named', name }, pronoun: null };
  }
  return { source: { kind: 'none', name: null }, pronoun: null };
}
