/**
 * Claim extraction: a claim is a sentence unit that states an attributed fact, a quotation or a figure
 * (dates included). Headings (a one-sentence paragraph without final punctuation) are claims only when they
 * carry attribution or a non-date figure. The article title is not part of `Article.text` and is never a claim.
 */
import { findFigures } from '@/lib/analyze/figures';
import { phraseAt } from '@/lib/text/ascii-words';
import { splitSentences } from '@/lib/text/sentences';
import type { Actor, Article, Claim, ClaimKind, ClaimSource, Span } from '@/lib/types';
import { findAttribution } from './attribution';
import { resolveCarryOver, type SpeakerMemory } from './carry-over';
import type { MentionRef } from './classify-speaker';
import { claimId, fingerprint } from './fingerprint';
import { modalKinds } from './kinds';
import { findQuotes } from './quotes';

/** Options for `extractClaims`. */
export interface ClaimOptions {
  /** ISO publish date used to resolve relative dates ("on Tuesday"); defaults to `article.publishedTime`. */
  publishedTime?: string | null;
}

function mentionIndex(actors: Actor[]): MentionRef[] {
  const out: MentionRef[] = [];
  for (const actor of actors) for (const m of actor.mentions) out.push({ start: m.start, end: m.end, actor });
  return out.sort((a, b) => a.start - b.start || a.end - b.end);
}

/** A bare surname ("Reyes said") names the person actor whose full name ends with it. */
function linkSurname(source: ClaimSource, people: Actor[]): void {
  if (source.kind !== 'named' || source.actorId || !source.name) return;
  const tail = ` ${source.name}`;
  const person = people.find((p) => p.name.endsWith(tail));
  if (person) {
    source.name = person.name;
    source.actorId = person.id;
  }
}

const OPEN_QUOTE = /["“‘]/;

/** The last person mentioned in a sentence, as a named source, for "she said" with no earlier speaker. */
function lastPerson(local: MentionRef[], end: number): ClaimSource | null {
  for (let k = local.length - 1; k >= 0; k--) {
    const a = local[k].actor;
    if (a.type === 'person' && local[k].end <= end) return { kind: 'named', name: a.name, actorId: a.id };
  }
  return null;
}

function paragraphOf(paragraphs: Span[], at: number, from: number): number {
  let i = from;
  while (i < paragraphs.length && paragraphs[i].end <= at) i++;
  return i;
}

/** Openings of link lines ("Read more: ..."), which are never claims. */
const LINK_LINES = [
  'also read',
  'read more',
  'read also',
  'related',
  'see also',
  'watch',
  'continue reading',
  'click here',
];

function isHeading(text: string, s: Span, para: Span | undefined): boolean {
  if (!para || para.start !== s.start || para.end !== s.end) return false;
  return !/[.!?"”’:)]$/.test(text.slice(s.start, s.end));
}

/** Extracts the claims of an article, in text order, given the actors found in it. */
export function extractClaims(article: Article, actors: Actor[], options?: ClaimOptions): Claim[] {
  const { text } = article;
  const published = options?.publishedTime !== undefined ? options.publishedTime : article.publishedTime;
  const mentions = mentionIndex(actors);
  const people = actors.filter((a) => a.type === 'person');
  const paragraphs = article.paragraphs ?? [];
  const claims: Claim[] = [];
  const memory: SpeakerMemory = { paragraph: -1, sentence: -1, named: null, any: null, quoteSource: null };
  let mi = 0;
  let pi = 0;
  let personPara = -1;
  const sentences = splitSentences(text, paragraphs);
  for (let si = 0; si < sentences.length; si++) {
    const s = sentences[si];
    while (mi < mentions.length && mentions[mi].end <= s.start) mi++;
    let mj = mi;
    while (mj < mentions.length && mentions[mj].start < s.end) mj++;
    const local = mentions.slice(mi, mj);
    pi = paragraphOf(paragraphs, s.start, pi);
    const sentence = text.slice(s.start, s.end);
    if (LINK_LINES.some((l) => phraseAt(sentence, 0, l))) continue;
    const quotes = findQuotes(text, s.start, s.end);
    const figures = findFigures(text, s, published);
    const attribution = findAttribution(text, s, local);
    if (attribution) linkSurname(attribution.source, people);
    const opensQuote = paragraphs[pi]?.start === s.start && OPEN_QUOTE.test(text[s.start] ?? '');
    const source: ClaimSource = resolveCarryOver(memory, attribution, quotes.length > 0, pi, si, opensQuote);
    memory.mentioned = lastPerson(local, s.end) ?? (personPara === pi ? memory.mentioned : null);
    personPara = pi;
    const attributed = attribution !== null;
    // An age ("Rivers, 46,") describes a person; it does not make the sentence a claim.
    const counts = figures.some((f) => f.unit !== 'date' && f.unit !== 'year' && f.unit !== 'year-old');
    const dated = figures.some((f) => f.unit === 'date' || f.unit === 'year');
    const heading = isHeading(text, s, paragraphs[pi]);
    const isClaim = heading ? attributed || counts : attributed || quotes.length > 0 || counts || dated;
    if (!isClaim) continue;
    const kinds: ClaimKind[] = [];
    if (attributed || source.kind !== 'none') kinds.push('attributed');
    if (quotes.length) kinds.push('quote');
    if (counts) kinds.push('figure');
    if (dated) kinds.push('date');
    kinds.push(...modalKinds(text, s.start, s.end));
    const actorIds: string[] = [];
    for (const m of local)
      if (!actorIds.includes(m.actor.id) && m.start >= s.start && m.end <= s.end) actorIds.push(m.actor.id);
    claims.push({
      id: claimId(s.start, sentence),
      start: s.start,
      end: s.end,
      text: sentence,
      kinds,
      source,
      quotes,
      figures,
      actorIds,
      fingerprint: fingerprint(text, s, figures),
    });
  }
  return claims;
}
