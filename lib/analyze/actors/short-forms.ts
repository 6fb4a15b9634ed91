/**
 * Short forms that only mean something inside one article: acronyms the text defines ("the Islamic
 * Resistance in Iraq (IRI)") and surnames of people already named in full ("Kirby" → John Kirby).
 */

import type { Token } from '@/lib/text/tokenize';
import type { Mention } from '../../types';
import type { ActorSet } from './actor-set';
import { ARMED_HEADS, isTitleWord, ORG_HEADS } from './name-cues';

const HEADS = new Set([...ARMED_HEADS, ...ORG_HEADS]);

const ACRONYM_DEF = /^\s*\(([A-Z][A-Za-z&]{1,9})\)/;

/** Claim unowned tokens that are defined acronyms or known surnames; `owner` is updated in place. */
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
      const def = ACRONYM_DEF.exec(text.slice(m.end, m.end + 14));
      if (def && /\s/.test(m.text)) acronyms.set(def[1], i);
    }
    const parts = actor.name.split(/\s+/);
    if (actor.type !== 'person') {
      // "the Brigades", "the Council": a capitalised head noun refers back to the inferred name it ends.
      const head = parts[parts.length - 1];
      if (actor.origin === 'inferred' && parts.length > 1 && HEADS.has(head.toLowerCase()))
        addKey(head.toLowerCase(), i);
      return;
    }
    if (parts.length < 2) return;
    const last = parts[parts.length - 1];
    const keys = [last, ...(last.includes('-') ? [last.split('-').pop() ?? ''] : [])];
    for (const k of keys) if (k.length >= 3 && !isTitleWord(k.toLowerCase())) addKey(k.toLowerCase(), i);
  });
  for (const k of ambiguous) surnames.delete(k);
  for (let t = 0; t < tokens.length; t++) {
    const tok = tokens[t];
    if (owner[t] !== -1 || !tok.isWord || !tok.cap) continue;
    const hyphenated = tokens[t + 1]?.text === '-' && !tokens[t + 1].spaceBefore;
    const i = acronyms.get(tok.text) ?? (hyphenated ? undefined : surnames.get(tok.lower));
    if (i === undefined) continue;
    const a = set.list[i];
    set.add(a.id, a.name, a.type, a.confidence, a.origin, mention(t, t + 1, hyphenated));
    owner[t] = i;
  }
}
