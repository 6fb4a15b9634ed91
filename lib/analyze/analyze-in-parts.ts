/**
 * Long articles analysed in paragraph-aligned parts, with a pause between parts, so a page's main thread is
 * never held for the whole analysis of a very long text. Name coreference ("Kirby" → John Kirby) and
 * attribution carry-over stay within a part; topic scoring sees the whole article.
 */
import type { Actor, Analysis, Article, Claim, Span } from '../types';
import { findActors } from './actors/find-actors';
import { type AnalysisEngine, analyzeWith } from './analyze-with';
import { claimId } from './claims/fingerprint';
import { extractClaims } from './claims/index';
import { scoreTopics } from './topic/score-topic';

/** Articles longer than this are analysed in parts of about this size. */
export const PART_CHARS = 12_000;

interface Part {
  article: Article;
  offset: number;
}

/** Splits an article at paragraph boundaries into parts of at most `size` characters (a longer paragraph stands alone). */
export function articleParts(article: Article, size = PART_CHARS): Part[] {
  const out: Part[] = [];
  let group: Span[] = [];
  const flush = () => {
    if (!group.length) return;
    const offset = group[0].start;
    const end = group[group.length - 1].end;
    out.push({
      offset,
      article: {
        ...article,
        text: article.text.slice(offset, end),
        paragraphs: group.map((p) => ({ start: p.start - offset, end: p.end - offset })),
      },
    });
    group = [];
  };
  for (const p of article.paragraphs) {
    if (group.length && p.end - group[0].start > size) flush();
    group.push(p);
  }
  flush();
  return out;
}

const shift = <T extends Span>(x: T, by: number): T => ({ ...x, start: x.start + by, end: x.end + by });

function shiftClaim(c: Claim, by: number): Claim {
  const start = c.start + by;
  return {
    ...c,
    id: claimId(start, c.text),
    start,
    end: c.end + by,
    quotes: c.quotes.map((q) => shift(q, by)),
    figures: c.figures.map((f) => shift(f, by)),
  };
}

/** Analyse an article, in parts when it is long, calling `pause` between parts. */
export async function analyzeInParts(
  article: Article,
  engine: AnalysisEngine,
  pause: () => Promise<void>,
  size = PART_CHARS,
): Promise<Analysis> {
  if (article.text.length <= size) return analyzeWith(article, engine);
  const actors = new Map<string, Actor>();
  const claims: Claim[] = [];
  for (const { article: part, offset } of articleParts(article, size)) {
    const found = findActors(part, engine.lexicon);
    for (const c of extractClaims(part, found)) claims.push(shiftClaim(c, offset));
    for (const a of found) {
      const mentions = a.mentions.map((m) => shift(m, offset));
      const known = actors.get(a.id);
      if (known) known.mentions.push(...mentions);
      else actors.set(a.id, { ...a, mentions });
    }
    await pause();
  }
  const merged = [...actors.values()].sort((a, b) => b.mentions.length - a.mentions.length);
  return { actors: merged, claims, topics: scoreTopics(article, merged, engine.topics, engine.lexicon) };
}
