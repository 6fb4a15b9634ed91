/**
 * Short forms that only mean something inside one article: acronyms the text defines ("the Islamic
 * Resistance in Iraq (IRI)", "the ARB (Accountability Review Board)"), surnames of people already named in
 * full ("Kirby" → John Kirby), a one-word name written again ("Benghazi"), and the surname of a person the
 * lexicon knows once the article has named them with a title ("President Obama" … "Obama").
 */
import { foldText } from '@/lib/text/normalize';
import type { Token } from '@/lib/text/tokenize';
import type { LexiconEntry, Mention } from '../../types';
import type { ActorSet } from './actor-set';
import { compoundRole } from './compounds';
import { ARMED_HEADS, isTitleWord, ORG_HEADS } from './name-cues';

const HEADS = new Set([...ARMED_HEADS, ...ORG_HEADS]);

const ACRONYM_AFTER = /^\s*\(([A-Z][A-Za-z&]{1,9})\)/;
const ACRONYM_BEFORE = /\b([A-Z][A-Z&]{1,8})\s*\($/;

/** An acronym defined for a name: two capitals or more, and the name's own first letter ("Texas" is not one). */
function definesAcronym(acronym: string, name: string): boolean {
  let capitals = 0;
  for (let i = 0; i < acronym.length; i++) if (acronym[i] >= 'A' && acronym[i] <= 'Z') capitals++;
  return capitals >= 2 && /\s/.test(name) && acronym[0] === name[0];
}

const lexiconSurnames = new WeakMap<LexiconEntry[], Map<string, LexiconEntry>>();

/** Folded surname → the one lexicon person who has it (surnames two people share are left out). */
function surnamesOf(entries: LexiconEntry[]): Map<string, LexiconEntry> {
  let map = lexiconSurnames.get(entries);
  if (map) return map;
  map = new Map();
  const shared = new Set<string>();
  for (const e of entries) {
    if (e.type !== 'person') continue;
    const parts = e.name.split(/\s+/);
    if (parts.length < 2) continue;
    const key = foldText(parts[parts.length - 1]).toLowerCase();
    if (map.has(key) && map.get(key) !== e) shared.add(key);
    map.set(key, e);
  }
  for (const k of shared) map.delete(k);
  lexiconSurnames.set(entries, map);
  return map;
}

/** The lexicon person a titled lone surname names ("President Obama"), or null. */
export function lexiconPersonBySurname(entries: LexiconEntry[], surname: string): LexiconEntry | null {
  return surnamesOf(entries).get(surname) ?? null;
}

/** Claim unowned tokens that are defined acronyms, known surnames or repeated one-word names; `owner` is updated in place. */
export function resolveShortForms(
  tokens: Token[],
  text: string,
  owner: Int32Array,
  set: ActorSet,
  mention: (from: number, to: number, compound: boolean) => Mention,
): void {
  const acronyms = new Map<string, number>();
  const surnames = new Map<string, number>();
  const ambiguous = new Set<string>();
  const addKey = (key: string, i: number) => {
    if (surnames.has(key) && surnames.get(key) !== i) ambiguous.add(key);
    surnames.set(key, i);
  };
  set.list.forEach((actor, i) => {
    for (const m of actor.mentions) {
      const after = ACRONYM_AFTER.exec(text.slice(m.end, m.end + 14));
      if (after && definesAcronym(after[1], m.text)) acronyms.set(after[1], i);
      const before =
        text[m.end] === ')' ? ACRONYM_BEFORE.exec(text.slice(Math.max(0, m.start - 12), m.start)) : null;
      if (before && definesAcronym(before[1], m.text)) acronyms.set(before[1], i);
    }
    const parts = foldText(actor.name).split(/\s+/);
    // A one-word name, once typed, is the same actor wherever the text writes it again ("Benghazi").
    if (parts.length === 1 && actor.mentions.length > 0 && parts[0].length >= 3) acronyms.set(parts[0], i);
    if (actor.type !== 'person') {
      // "the Brigades", "the Council": a capitalised head noun refers back to the inferred name it ends.
      const head = parts[parts.length - 1];
      if (actor.origin === 'inferred' && parts.length > 1 && HEADS.has(head.toLowerCase()))
        addKey(head.toLowerCase(), i);
      return;
    }
    if (parts.length < 2 || actor.mentions.length === 0) return;
    const last = parts[parts.length - 1];
    const keys = [last, ...(last.includes('-') ? [last.split('-').pop() ?? ''] : [])];
    for (const k of keys) if (k.length >= 3 && !isTitleWord(k.toLowerCase())) addKey(k.toLowerCase(), i);
  });
  for (const k of ambiguous) surnames.delete(k);
  for (let t = 0; t < tokens.length; t++) {
    const tok = tokens[t];
    if (owner[t] !== -1 || !tok.isWord || !tok.cap) continue;
    const hyphenated = tokens[t + 1]?.text === '-' && !tokens[t + 1].spaceBefore;
    const role = hyphenated ? compoundRole(tokens, t, t + 1) : 'none';
    if (role === 'descriptor') continue;
    const i = acronyms.get(tok.text) ?? (hyphenated ? undefined : surnames.get(tok.lower));
    if (i === undefined) continue;
    const a = set.list[i];
    set.add(a.id, a.name, a.type, a.confidence, a.origin, mention(t, t + 1, hyphenated));
    owner[t] = i;
  }
}
