/**
 * Claim extraction: a claim is a sentence unit that states an attributed fact, a quotation or a figure.
 * Entry point wired in by `lib/analyze/index.ts`.
 */
import { splitSentences } from '@/lib/analyze/sentences';
import type { Actor, Article, Claim } from '@/lib/types';

/** Options for `extractClaims`. */
export interface ClaimOptions {
  /** ISO publish date used to resolve relative dates ("on Tuesday"); defaults to `article.publishedTime`. */
  publishedTime?: string | null;
}

const QUOTE = /["“”]/;
const SAID = /\b(?:said|says|told|according to|stated|added)\b/i;

/** Extracts the claims of an article, in text order, given the actors found in it. */
export function extractClaims(article: Article, actors: Actor[], _options?: ClaimOptions): Claim[] {
  const claims: Claim[] = [];
  for (const s of splitSentences(article.text, article.paragraphs)) {
    const text = article.text.slice(s.start, s.end);
    const quote = QUOTE.test(text);
    const attributed = SAID.test(text);
    if (!quote && !attributed) continue;
    const actorIds = actors
      .filter((a) => a.mentions.some((m) => m.start >= s.start && m.end <= s.end))
      .map((a) => a.id);
    claims.push({
      id: `c${s.start}-${s.end}`,
      start: s.start,
      end: s.end,
      text,
      kinds: [...(attributed ? (['attributed'] as const) : []), ...(quote ? (['quote'] as const) : [])],
      source: { kind: 'none', name: null },
      quotes: [],
      figures: [],
      actorIds,
      fingerprint: [],
    });
  }
  return claims;
}
