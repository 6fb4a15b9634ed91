/**
 * Claim extraction: a claim is a sentence unit that states an attributed fact, a quotation or a figure
 * (dates included). Headings (a one-sentence paragraph without final punctuation) are claims only when they
 * carry attribution or a non-date figure. The article title is not part of `Article.text` and is never a claim.
 */
import { findFigures } from '@/lib/analyze/figures';
import { phraseAt } from '@/lib/text/ascii-words';
import { splitSentences } from '@/lib/text/sentences';
import type { Actor, Article, Claim, ClaimKind, ClaimSource, Span } from '@/lib/types';
import { nameGender } from '../actors/name-cues';
import { nonProseSpans } from '../actors/non-prose';
import { findAttribution } from './attribution';
import { resolveCarryOver, type SpeakerMemory } from './carry-over';
import type { MentionRef } from './classify-speaker';
import { claimId, fingerprint } from './fingerprint';
import { modalKinds } from './kinds';
import { findQuotes, quoteOpenAfter } from './quotes';
import { sentenceSubject } from './sentence-subject';
import { personByRole, roleNoun } from './speaker-recall';

/** Options for `extractClaims`. */
export interface ClaimOptions {
  /** ISO publish date used to resolve relative dates ("on Tuesday"); defaults to `article.publishedTime`. */
  publishedTime?: string | null;
}

function mentionIndex(actors: Actor[]): MentionRef[] {
  const out: MentionRef[] = [];
  for (const actor of actors)
    for (const m of actor.mentions)
      out.push(
        m.compound
          ? { start: m.start, end: m.end, actor, compound: true }
          : { start: m.start, end: m.end, actor },
      );
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
const PERSON_PRONOUNS = new Set(['he', 'she']);
/** An introduction that ends with a colon and announces quoted text. */
const INTRODUCES =
  /\b(?:said|says|saying|wrote|writes|writing|tweeted|posted|statement|letter|post|tweet|rant|message|remarks|reads?)\b[^.]*:$/i;
/** A live page's entry: a bullet, or a time stamp ("10:42 a.m.", "14.05 GMT") at the paragraph's start. */
const BULLET = /^\s*(?:[•·▪◦‣*–-]\s|\d{1,2}[:.]\d{2}\s?(?:[ap]\.?m\.?|GMT|BST|UTC|ET|EST|EDT|CET)?\b)/i;

/** The persons a sentence mentions, as named sources, for "she said" with no earlier speaker. */
function personsIn(text: string, local: MentionRef[], end: number): ClaimSource[] {
  const out: ClaimSource[] = [];
  for (const m of local) {
    // "the Obama administration's decision": a name used as a modifier is not who "he" will be.
    if (m.actor.type !== 'person' || m.end > end || ATTRIBUTIVE.test(text.slice(m.end, m.end + 16))) continue;
    out.push({ kind: 'named', name: m.actor.name, actorId: m.actor.id });
  }
  return out;
}

const ATTRIBUTIVE =
  /^(?:['’]s)?\s+(?:administration|campaign|government|family|presidency|era|camp|team|aides?)\b/;

/** Whether a remembered source can be the person a pronoun stands for ("she" is not "John McCain"). */
function fitsPronoun(source: ClaimSource, pronoun: string): boolean {
  if (pronoun !== 'he' && pronoun !== 'she') return true;
  const g = source.kind === 'named' && source.name ? nameGender(source.name) : null;
  return g === null || (pronoun === 'she' ? g === 'f' : g === 'm');
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
  // The last person quoted anywhere before: "she said" paragraphs later, when nobody nearer can be meant.
  let speakers: ClaimSource[] = [];
  /** A block quotation introduced by "…, saying:" and who it is by; `left` counts the paragraphs it may still run. */
  let block: { source: ClaimSource | null; left: number } | null = null;
  let introSource: ClaimSource | null = null;
  let quoteOpen = false;
  let quotePara = -1;
  /** Per claim: the quotation run it belongs to (sentences joined by one open quotation), or -1. */
  const runs: number[] = [];
  let run = -1;
  let mi = 0;
  let pi = 0;
  let personPara = -1;
  const sentences = splitSentences(text, paragraphs);
  const credits = nonProseSpans(article);
  for (let si = 0; si < sentences.length; si++) {
    const s = sentences[si];
    while (mi < mentions.length && mentions[mi].end <= s.start) mi++;
    let mj = mi;
    while (mj < mentions.length && mentions[mj].start < s.end) mj++;
    const local = mentions.slice(mi, mj);
    const prevPara = pi;
    pi = paragraphOf(paragraphs, s.start, pi);
    const sentence = text.slice(s.start, s.end);
    if (LINK_LINES.some((l) => phraseAt(sentence, 0, l))) continue;
    // Credits, bylines and captions are not claims.
    if (credits.some((c) => s.start >= c.start && s.start < c.end)) continue;
    if (pi !== prevPara) {
      // "Trump lashed out on Twitter, saying:" — the paragraphs after such an introduction are the quoted text.
      const before = paragraphs[pi - 1];
      const intro = before ? text.slice(before.start, before.end).trimEnd() : '';
      if (intro.endsWith(':') && INTRODUCES.test(intro)) {
        block = { source: introSource ?? speakers.at(-1) ?? null, left: 4 };
      } else if (block) block.left--;
      if (block && block.left <= 0) block = null;
    }
    if (pi !== prevPara && BULLET.test(text.slice(paragraphs[pi]?.start ?? s.start, s.end))) {
      // Each bullet or timestamped entry of a live page has its own speaker, never the previous entry's.
      memory.paragraph = -1;
      memory.sentence = -1;
      memory.named = memory.any = memory.quoteSource = memory.mentioned = null;
      speakers = [];
    }
    if (quotePara !== pi) quoteOpen = false;
    quotePara = pi;
    // A sentence that starts inside a quotation another sentence opened is quoted speech too.
    const continues = quoteOpen;
    const quotes = findQuotes(text, s.start, s.end, continues);
    quoteOpen = quoteOpenAfter(text, s.start, s.end, continues);
    if (block && findAttribution(text, s, local, false)) block = null;
    if (block && quotes.length === 0 && !continues) quotes.push({ start: s.start, end: s.end });
    const lastRun = run;
    if (!continues) run = quotes.length > 0 ? si : -1;
    const figures = findFigures(text, s, published);
    const attribution = findAttribution(text, s, local, continues);
    // '"…for baseball?" Obama said.': an attribution left alone after a closing quote belongs to that quote.
    const closesQuote =
      !continues &&
      quotes.length === 0 &&
      attribution !== null &&
      s.end - s.start - (attribution.cue.end - attribution.cue.start) < 24;
    if (closesQuote) run = lastRun;
    if (attribution) linkSurname(attribution.source, people);
    if (attribution && !attribution.pronoun && attribution.source.kind === 'none') {
      // "the governor said": the person last introduced with that role.
      const cue = text.slice(attribution.cue.start, attribution.cue.end);
      const role = roleNoun(cue) ?? roleNoun(cue.replace(/\s+\S+$/, ''));
      const person = role ? (personByRole(people, role, s.start) ?? speakers.at(-1) ?? null) : null;
      if (person) attribution.source = { ...person, cue: attribution.source.cue };
    }
    const opensQuote = paragraphs[pi]?.start === s.start && OPEN_QUOTE.test(text[s.start] ?? '');
    // A short quotation ("“Stop lying!” Mr. Fox wrote.") or a lone attribution closing one still lets the
    // next quoted sentence continue the same speaker.
    const quoted = quotes.length > 0 || closesQuote || /["“”]/.test(sentence);
    const subj = sentenceSubject(text, s, local);
    const subject: ClaimSource | null = subj
      ? { kind: 'named', name: subj.actor.name, actorId: subj.actor.id }
      : null;
    const said = attribution?.pronoun
      ? attribution.cue.start +
        text.slice(attribution.cue.start, attribution.cue.end).lastIndexOf(attribution.pronoun)
      : -1;
    memory.current = subj && said >= 0 && subj.end <= said ? subject : null;
    let source: ClaimSource = resolveCarryOver(memory, attribution, quoted, pi, si, opensQuote, fitsPronoun);
    if (source.kind === 'none' && block?.source && quotes.length > 0) {
      const { cue: _cue, ...rest } = block.source;
      source = rest;
    }
    introSource = attribution && source.kind !== 'none' ? source : null;
    const pronoun = attribution?.pronoun;
    if (source.kind === 'none' && attribution && pronoun && PERSON_PRONOUNS.has(pronoun)) {
      const earlier = speakers.findLast((x) => fitsPronoun(x, pronoun));
      if (earlier) source = { ...earlier, cue: attribution.source.cue };
    }
    if (source.kind === 'named' && source.actorId && people.some((p) => p.id === source.actorId)) {
      const id = source.actorId;
      speakers = [
        ...speakers.filter((x) => x.actorId !== id),
        { kind: 'named', name: source.name, actorId: id },
      ];
    }
    const here = personsIn(text, local, s.end);
    memory.mentioned = here.at(-1) ?? (personPara === pi ? memory.mentioned : null);
    memory.subject = subject ?? (personPara === pi ? memory.subject : null);
    memory.mentionedList = personPara === pi ? [...(memory.mentionedList ?? []), ...here] : here;
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
    runs.push(run);
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
  shareQuoteSources(claims, runs);
  return claims;
}

/** Sentences of one quotation share its speaker, named at its start or at its end. */
function shareQuoteSources(claims: Claim[], runs: number[]): void {
  const sourceOf = new Map<number, ClaimSource>();
  claims.forEach((c, i) => {
    if (runs[i] >= 0 && c.source.kind !== 'none' && !sourceOf.has(runs[i])) sourceOf.set(runs[i], c.source);
  });
  claims.forEach((c, i) => {
    const shared = runs[i] >= 0 ? sourceOf.get(runs[i]) : undefined;
    if (c.source.kind !== 'none' || !shared) return;
    const { cue: _cue, ...rest } = shared;
    c.source = rest;
    if (!c.kinds.includes('attributed')) c.kinds.unshift('attributed');
  });
}
