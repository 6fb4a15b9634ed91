/**
 * Carries a speaker across sentences. "He said"/"she added" resolves to the last named person in the same
 * paragraph or the sentence just before; "they"/"it" to the last source of any kind under the same rule.
 * A "he"/"she" after the subject in its own sentence stands for that subject. When no speaker is remembered, it
 * falls back to the person last named as a subject, then to the person mentioned last (see `mentioned`).
 * An unattributed sentence with a quotation, right after an attributed quote, continues that speaker's
 * quotation; so does a paragraph that opens with a quotation right after an attributed sentence.
 */
import type { ClaimSource } from '@/lib/types';
import type { Attribution } from './attribution';

/** What the extractor remembers about recent speakers while walking the sentences. */
export interface SpeakerMemory {
  paragraph: number;
  sentence: number;
  named: ClaimSource | null;
  any: ClaimSource | null;
  quoteSource: ClaimSource | null;
  /** The person mentioned last in the previous sentence or earlier in this paragraph, speaker or not. */
  mentioned?: ClaimSource | null;
  /** All the persons those sentences mention, in text order, for a pronoun the last one cannot be. */
  mentionedList?: ClaimSource[];
  /** The named person last in subject position, in the previous sentence or earlier in this paragraph. */
  subject?: ClaimSource | null;
  /** The named subject of the current sentence when it precedes the attribution ("Roe hammered Lund for what he called"). */
  current?: ClaimSource | null;
}

const NONE: ClaimSource = { kind: 'none', name: null };

/** Resolves the source of sentence `si` in paragraph `pi` and updates the memory. */
export function resolveCarryOver(
  memory: SpeakerMemory,
  attribution: Attribution | null,
  hasQuote: boolean,
  pi: number,
  si: number,
  quoteParagraph = false,
  fits: (source: ClaimSource, pronoun: string) => boolean = () => true,
): ClaimSource {
  const near = memory.paragraph === pi || memory.sentence === si - 1;
  if (memory.paragraph !== pi && memory.sentence !== si - 1) {
    memory.named = null;
    memory.any = null;
  }
  let source: ClaimSource = NONE;
  if (attribution?.pronoun) {
    const p = attribution.pronoun;
    const person = p === 'he' || p === 'she';
    // "Tohlan has mended nets for years. She remembers..." — a person who has not spoken yet is the referent.
    const ok = (c: ClaimSource | null | undefined) => (c && fits(c, p) ? c : null);
    const listed = memory.mentionedList?.findLast((c) => fits(c, p)) ?? null;
    const prior = person
      ? (ok(memory.current) ??
        ok(near ? memory.named : null) ??
        ok(memory.subject) ??
        ok(memory.mentioned) ??
        listed)
      : near
        ? memory.any
        : null;
    source = prior ? { ...prior, cue: attribution.source.cue } : { ...NONE, cue: attribution.source.cue };
  } else if (attribution) {
    source = attribution.source;
  } else if (hasQuote && memory.sentence === si - 1 && (memory.quoteSource || quoteParagraph) && memory.any) {
    const { cue: _cue, ...rest } = memory.quoteSource ?? memory.named ?? memory.any;
    source = rest;
  }
  if (source.kind !== 'none') {
    memory.any = source;
    if (source.kind === 'named') memory.named = source;
    memory.paragraph = pi;
    memory.sentence = si;
  }
  memory.quoteSource = hasQuote && source.kind !== 'none' ? source : null;
  return source;
}
