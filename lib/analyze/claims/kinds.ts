/**
 * Cues for the modal kinds of a claim. They qualify a claim; on their own they do not make a sentence a
 * claim (only attribution, quotations and figures do).
 *
 * - denial: "denied", "rejected", "did not", "no evidence";
 * - warning: "warned", "threatened", "will face", "red lines";
 * - intent: "plans to", "intends", "will", "vowed", "are preparing".
 *
 * Cues are whole words or phrases of words joined by single spaces, found from the sentence's key words:
 * three case-insensitive alternation regexes cost about a millisecond to compile on a cold start.
 */

import { phraseAt } from '@/lib/text/ascii-words';
import { KIND_CUE, keyWords, registerKeyWords } from '@/lib/text/key-words';
import type { ClaimKind } from '@/lib/types';

type ModalKind = Extract<ClaimKind, 'denial' | 'warning' | 'intent'>;

/** Single-word cues, whole words. */
const WORDS: Record<ModalKind, string> = {
  denial:
    'deny denied denies denying reject rejects rejected rejecting refute refutes refuted refuting dismiss dismisses dismissed',
  warning:
    'warn warns warned warning threaten threatens threatened threatening caution cautions cautioned consequences',
  intent: 'intend intends intended intending intention will vow vows vowed pledge pledges pledged',
};

/** Phrase cues: words joined by single spaces (or an apostrophe inside "didn't"). */
const PHRASES: Record<ModalKind, string[]> = {
  denial: [
    'did not',
    "didn't",
    'didn’t',
    'does not',
    "doesn't",
    'doesn’t',
    'has not',
    'had no',
    'has no',
    'no evidence',
    'not involved',
    'no role',
    'no involvement',
    'no connection',
  ],
  warning: [
    'will face',
    'would face',
    'red line',
    'red lines',
    'will pay',
    'pay a price',
    'pay a heavy price',
  ],
  intent: [
    ...[
      'plan',
      'plans',
      'planned',
      'planning',
      'prepare',
      'prepares',
      'preparing',
      'aim',
      'aims',
      'aimed',
    ].map((w) => `${w} to`),
    ...['seek', 'seeks', 'seeking', 'going', 'poised', 'expected'].map((w) => `${w} to`),
    ...['is', 'are', 'were', 'was'].map((w) => `${w} preparing`),
  ],
};

const KINDS: ModalKind[] = ['denial', 'warning', 'intent'];
/** Single-word cue → its kinds. */
const WORD_CUES = new Map<string, ModalKind[]>();
/** First word of a phrase cue → [phrase, kind] pairs. */
const PHRASE_CUES = new Map<string, [string, ModalKind][]>();

for (const kind of KINDS) {
  for (const w of WORDS[kind].split(' ')) WORD_CUES.set(w, [...(WORD_CUES.get(w) ?? []), kind]);
  for (const p of PHRASES[kind]) {
    const first = p.split(/[ '’]/)[0];
    PHRASE_CUES.set(first, [...(PHRASE_CUES.get(first) ?? []), [p, kind]]);
  }
}
registerKeyWords(KIND_CUE, [...WORD_CUES.keys(), ...PHRASE_CUES.keys()]);

/** The modal kinds of the sentence text[start, end), in the order denial, warning, intent. */
export function modalKinds(text: string, start: number, end: number): ModalKind[] {
  const found = new Set<ModalKind>();
  const slice = text.slice(start, end);
  for (const w of keyWords(text, start, end)) {
    if ((w.roles & KIND_CUE) === 0) continue;
    for (const k of WORD_CUES.get(w.word) ?? []) found.add(k);
    for (const [phrase, k] of PHRASE_CUES.get(w.word) ?? [])
      if (phraseAt(slice, w.start, phrase)) found.add(k);
  }
  return KINDS.filter((k) => found.has(k));
}
