/**
 * Small builders for the panel's fixture data: they compute character offsets from the text itself, so
 * fixtures stay readable and their spans are always consistent with `text`.
 */
import type { Actor, ActorType, Claim, ClaimKind, ClaimSource, Figure, Paragraph } from '@/lib/types';

/** Joins paragraphs the way lib/extract does and returns the text with paragraph spans. */
export function joinParagraphs(paras: string[]): { text: string; paragraphs: Paragraph[] } {
  const paragraphs: Paragraph[] = [];
  let pos = 0;
  for (const p of paras) {
    paragraphs.push({ start: pos, end: pos + p.length });
    pos += p.length + 2;
  }
  return { text: paras.join('\n\n'), paragraphs };
}

function locate(text: string, needle: string, from = 0): number {
  const at = text.indexOf(needle, from);
  if (at < 0) throw new Error(`fixture text does not contain: ${needle}`);
  return at;
}

/** An actor with every occurrence of each of its surface forms as a mention. */
export function fixtureActor(text: string, id: string, type: ActorType, forms: string[]): Actor {
  const mentions: Actor['mentions'] = [];
  for (const form of forms) {
    for (let at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + form.length)) {
      mentions.push({ start: at, end: at + form.length, text: form });
    }
  }
  mentions.sort((a, b) => a.start - b.start);
  return { id, name: forms[0], type, confidence: 1, origin: 'lexicon', mentions };
}

/** Options for a fixture claim. */
export interface FixtureClaimSpec {
  kinds: ClaimKind[];
  source: ClaimSource;
  quotes?: string[];
  figures?: Omit<Figure, 'start' | 'end'>[];
  actorIds?: string[];
}

/** A claim located at `sentence` in `text`, with quote and figure spans found inside it. */
export function fixtureClaim(text: string, id: string, sentence: string, spec: FixtureClaimSpec): Claim {
  const start = locate(text, sentence);
  const end = start + sentence.length;
  return {
    id,
    start,
    end,
    text: sentence,
    kinds: spec.kinds,
    source: spec.source,
    quotes: (spec.quotes ?? []).map((q) => {
      const at = locate(text, q, start);
      return { start: at, end: at + q.length };
    }),
    figures: (spec.figures ?? []).map((f) => {
      const at = locate(text, f.text, start);
      return { ...f, start: at, end: at + f.text.length };
    }),
    actorIds: spec.actorIds ?? [],
    fingerprint: sentence
      .toLowerCase()
      .split(/[^a-z0-9]+/)
      .filter((w) => w.length > 3),
  };
}
