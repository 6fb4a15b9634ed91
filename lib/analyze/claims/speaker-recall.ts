/**
 * Speakers a sentence names only by a pronoun or a role noun, resolved further back than the carry-over
 * window: "she said" three paragraphs after Justice Ginsburg last spoke, "the governor said" for the person
 * introduced as "Gov. Mike Pence". And quotations that run over several sentences share one speaker, whether
 * the attribution comes at their start or at their end.
 */
import type { Actor, ClaimSource } from '@/lib/types';
import { isTitleWord } from '../actors/name-cues';

/** Abbreviated titles as news writing uses them before names, and the role nouns that refer back to them. */
const ROLE_ALIASES: Record<string, string[]> = {
  governor: ['gov'],
  senator: ['sen', 'sens'],
  representative: ['rep', 'reps'],
  congressman: ['rep'],
  congresswoman: ['rep'],
  general: ['gen'],
  president: [],
  secretary: [],
  minister: [],
  justice: [],
  judge: [],
  mayor: [],
  sheriff: [],
  spokesman: [],
  spokeswoman: [],
  ambassador: [],
};

/** The role noun of a definite description used as a speaker ("the governor", "the former senator"), or null. */
export function roleNoun(phrase: string): string | null {
  const words = phrase.trim().toLowerCase().split(/\s+/);
  if (words.length < 2 || words.length > 4 || words[0] !== 'the') return null;
  const last = words[words.length - 1];
  return isTitleWord(last) && last in ROLE_ALIASES ? last : null;
}

/** The last person before `at` whose roles include the role noun (or its abbreviation), as a source. */
export function personByRole(people: Actor[], role: string, at: number): ClaimSource | null {
  const forms = [role, ...(ROLE_ALIASES[role] ?? [])];
  let best: { actor: Actor; pos: number } | null = null;
  for (const p of people) {
    const words = (p.roles ?? [])
      .join(' ')
      .toLowerCase()
      .split(/[^a-z]+/);
    if (!forms.some((f) => words.includes(f))) continue;
    const pos = p.mentions.reduce((m, x) => (x.start < at ? Math.max(m, x.start) : m), -1);
    if (pos >= 0 && (!best || pos > best.pos)) best = { actor: p, pos };
  }
  return best ? { kind: 'named', name: best.actor.name, actorId: best.actor.id } : null;
}
