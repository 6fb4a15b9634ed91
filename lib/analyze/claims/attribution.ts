/**
 * Finds who a sentence attributes its content to: the speaker phrase next to a reporting verb
 * ("John Kirby said", "said Brig. Gen. Pat Ryder", "according to the Islamic Resistance in Iraq",
 * "two defense officials told CNN", "CNN reported").
 *
 * Outlet rule: an outlet is the source only when it is the speaker ("CNN reported", "according to The New
 * York Times"). When a person or an unnamed official "told CNN", the source is that speaker and the outlet
 * stays in the cue ("told CNN").
 */

import { lowerWordAt } from '@/lib/text/ascii-words';
import { type KeyWord, keyWords, REPORTING_VERB, registerKeyWords } from '@/lib/text/key-words';
import { hasLetterOrNumber } from '@/lib/text/letters';
import type { ClaimSource, Span } from '@/lib/types';
import { classifySpeaker, type MentionRef } from './classify-speaker';
import { quoteOpenAfter } from './quotes';
import { sentenceSubject } from './sentence-subject';
import { isDefiniteSubject } from './speaker-shapes';
import { clauseOpening, endsNegated, endsPassive, passiveReport, trimTrailingAdverbs } from './verb-context';

// Reporting verbs are looked up word by word: as one case-insensitive alternation they made a regex whose
// compilation, twice on a cold start (bytecode, then native code), cost more than scanning every sentence.
const REPORTING_VERBS = new Set(
  `said says say told tells tell stated added adds confirmed confirms confirm announced announces
warned warns denied denies insisted insists noted explained acknowledged acknowledges reported wrote
writes mentioned informed indicated emphasised emphasized stressed cautioned threatened vowed vows
asserted declared disclosed revealed believe believes assessed assess urged argued maintained
suggested posted tweeted claimed claim notes proclaimed alleged alleges echoed expressed likened
described saying adding declaring stating noting asserting insisting claiming arguing explaining
shared remarked observed commented replied responded reiterated affirmed highlighted cited showed
shows blamed blames condemned condemns rejected rejects accused accuses deny disputed disputes
estimated estimates recalled recalls remembered remembers conceded admitted pledged promised
accusing charged charging called calling calls telling retort retorted quipped joked continued pleaded pleads
implored`.split(/\s+/),
);
/** Participles that report what the sentence's subject said: "Cruz lashed out, accusing Trump of …". */
const PARTICIPLES = new Set(
  'saying adding declaring stating noting asserting insisting claiming arguing explaining accusing charging calling telling'.split(
    ' ',
  ),
);
registerKeyWords(REPORTING_VERB, [...REPORTING_VERBS, 'according']);
/** Verbs that attribute only when their subject resolves to a speaker: "the court rejected" is an act, not a claim. */
const SPEAKER_ONLY = new Set(
  'showed shows blamed blames condemned condemns rejected rejects accused accuses deny disputed disputes estimated estimates recalled recalls remembered remembers conceded admitted pledged promised accusing charged charging called calling calls telling retort retorted quipped joked continued pleaded pleads implored'.split(
    ' ',
  ),
);
const BOUNDARY_LEFT = /["“”;:(\u2014]/g;
const RIGHT_END = /[,;:"“”()\u2014]|\.\s|\.$|\s(?:that|who|which|when|as)\s/;
const ABBREVIATION_BEFORE =
  /(?:^|\s)(?:[A-Z]|Gov|Sen|Sens|Rep|Reps|Mr|Mrs|Ms|Dr|Gen|Lt|Col|Capt|Sgt|Adm|Cmdr|Maj|Brig|Gens|Jr|Sr|St)$/;
const OBJECT_RE = /^\s+((?:the\s+)?[A-Z][\w&'-]*(?:\s+[A-Z][\w&'-]*){0,3})/;
/** Verbs that attribute even when the speaker is unresolved ("the report notes"); others need a speaker. */
const CORE_VERBS = new Set([
  'said',
  'says',
  'say',
  'told',
  'stated',
  'reported',
  'according to',
  'notes',
  'noted',
  'mentioned',
  'added',
]);
const PREPOSITION_NEXT = /^\s+(?:in|by|on|at|for|to|of|from|as)\b/i;
const PASSIVE_BY = /^\s+by\s+/;

/** A reporting verb in a sentence: [index, end) in the slice, and the verb lower-cased. */
interface VerbMatch {
  index: number;
  end: number;
  verb: string;
}

/** The reporting verbs of a sentence slice, given its key words: whole words, and "according to". */
function* verbsIn(s: string, words: KeyWord[]): Generator<VerbMatch> {
  let from = 0;
  for (const w of words) {
    if (w.start < from || (w.roles & REPORTING_VERB) === 0) continue;
    let m: VerbMatch | null = null;
    if (w.word !== 'according') m = { index: w.start, end: w.end, verb: w.word };
    else if (s.charCodeAt(w.end) === 32 && lowerWordAt(s, w.end + 1) === 'to')
      m = { index: w.start, end: w.end + 3, verb: 'according to' };
    if (!m) continue;
    from = m.end;
    yield m;
  }
}

/** True when offset `at` of the slice lies inside a quotation: verbs there belong to the quoted speech. */
function insideQuote(slice: string, at: number, openAtStart: boolean): boolean {
  return quoteOpenAfter(slice, 0, at, openAtStart);
}

/** An attribution found in a sentence. */
export interface Attribution {
  source: ClaimSource;
  /** The pronoun used as the speaker ("he said"), to be resolved against earlier sentences. */
  pronoun: string | null;
  cue: Span;
}

function lastBoundary(s: string): number {
  let at = 0;
  BOUNDARY_LEFT.lastIndex = 0;
  for (let m = BOUNDARY_LEFT.exec(s); m; m = BOUNDARY_LEFT.exec(s)) at = m.index + 1;
  return at;
}

/** A speaker phrase: [start, end) relative to the sentence slice; `head` ends the subject before an appositive. */
interface Subject extends Span {
  head?: number;
}

/** Prepositions and subordinators that open an introductory phrase ended by a comma ("In an appeal to voters,"). */
const INTRODUCERS = new Set(
  'in on at after before during when while although though since despite unlike amid following asked speaking writing under'.split(
    ' ',
  ),
);

/** Relative pronouns that open a clause inside a subject's appositive. */
const RELATIVE = new Set(['who', 'whose', 'which']);

const firstWordOf = (s: string) => /[A-Za-z]+/.exec(s)?.[0].toLowerCase() ?? '';

/** The speaker phrase left of a verb, as [start, end) relative to the sentence slice, or null. */
function leftSubject(raw: string, verbAt: number): Subject | null {
  // "Ana Roe, aide to Rep. Ivo Lund (R-Vt.), wrote": a short parenthesis belongs to the phrase around it.
  const slice = raw.replace(/\([^()]{1,40}\)/g, (p) => ' '.repeat(p.length));
  const from = lastBoundary(slice.slice(0, verbAt));
  const left = slice.slice(from, verbAt);
  const trimmed = trimTrailingAdverbs(left).trimEnd();
  if (!hasLetterOrNumber(trimmed)) return null;
  // A thousands separator ("14,000 followers") is not a clause boundary.
  const parts = trimmed.split(/,(?!\d{3}\b)/);
  let appositive = parts.length >= 3 && parts[parts.length - 1].trim() === '';
  // "In an appeal to voters, Gov. Ana Roe is running an ad …, vows": the part before the comma is an
  // introductory phrase, not a subject with an appositive.
  if (appositive && parts.length === 3 && INTRODUCERS.has(firstWordOf(parts[0]))) appositive = false;
  let headAt = parts.length - 3;
  // "the aide, Ana Roe, 31, who has …, wrote": the age between a name and its relative clause is not the head.
  if (appositive && RELATIVE.has(firstWordOf(parts[parts.length - 2])))
    while (headAt > 0 && /^\s*\d+\s*$/.test(parts[headAt])) headAt--;
  const keep = appositive
    ? parts.slice(headAt).join(',')
    : parts[parts.length - 1].trim() || parts.length < 3
      ? parts[parts.length - 1]
      : parts[parts.length - 2];
  if (!keep.trim()) return null;
  const keepEnd = appositive || parts[parts.length - 1].trim() ? trimmed.length : trimmed.length - 1;
  let start = from + keepEnd - keep.length;
  // In "Austin, who was recovering, said" the relative clause belongs to the appositive, not the subject.
  const clause = clauseOpening(appositive ? parts[headAt] : keep);
  if (clause) start += clause[1];
  const head = appositive ? start + parts[headAt].trimEnd().length - (clause ? clause[1] : 0) : undefined;
  return { start, end: from + trimmed.length, ...(head !== undefined && head > start ? { head } : {}) };
}

/**
 * The subject of the sentence a participle reports for ("Ted Cruz on Friday lashed out at Trump, accusing
 * him …"): the first person named before it, else an opening pronoun or "the senator".
 */
function participleSubject(text: string, span: Span, verbAt: number, mentions: MentionRef[]): Span | null {
  // "Asked about Brandt's plan, Varden did not back down, saying …": the subject, not a person in a phrase.
  const subject = sentenceSubject(text, span, mentions);
  if (subject && subject.end <= span.start + verbAt)
    return { start: subject.start - span.start, end: subject.end - span.start };
  // "In his speech the senator also took a swipe at Roe, calling …": a role subject comes before its object.
  // The role noun is lower-case: "The St. Louis council, accusing …" is a name, not a role.
  const role =
    /^(?:(?:[Ii]n|[Aa]t|[Oo]n|[Dd]uring|[Aa]fter)\s[^,]{0,40}?\s)?([Tt]he [a-z]+)\s+(?:also\s+)?[a-z]+\b/.exec(
      text.slice(span.start, span.start + verbAt),
    );
  if (role) {
    const at = role.index + role[0].indexOf(role[1]);
    return { start: at, end: at + role[1].length };
  }
  // "The Harbor League issued a resolution, accusing …": a named body opening the sentence is its subject.
  const lead = mentions.find(
    (m) =>
      m.start >= span.start &&
      m.end <= span.start + verbAt &&
      !m.compound &&
      m.actor.type !== 'place' &&
      m.actor.type !== 'person' &&
      /^\s*(?:[Tt]he\s+)?$/.test(text.slice(span.start, m.start)),
  );
  if (lead) return { start: lead.start - span.start, end: lead.end - span.start };
  const person = mentions.find(
    (m) => m.actor.type === 'person' && m.start >= span.start && m.end <= span.start + verbAt,
  );
  if (person) return { start: person.start - span.start, end: person.end - span.start };
  const opening = /^(?:[^,]{0,40},\s*)?((?:[Hh]e|[Ss]he|[Tt]hey|[Ii]t|[Tt]he [a-z]+)\b)/.exec(
    text.slice(span.start, span.start + verbAt),
  );
  if (!opening) return null;
  const at = opening.index + opening[0].length - opening[1].length;
  return { start: at, end: at + opening[1].length };
}

/** The speaker phrase right of a verb, up to the next clause boundary. */
function rightSubject(slice: string, verbEnd: number): Span | null {
  const rest = slice.slice(verbEnd);
  let len = rest.length;
  for (let from = 0; from < rest.length; ) {
    const end = RIGHT_END.exec(rest.slice(from));
    if (!end) break;
    const at = from + end.index;
    // "said Gov. Perry", "said Paula J. Brennick": an abbreviated title or an initial does not end the name.
    if (end[0][0] === '.' && ABBREVIATION_BEFORE.test(rest.slice(0, at))) {
      from = at + 1;
      continue;
    }
    len = at;
    break;
  }
  const lead = rest.length - rest.trimStart().length;
  if (len <= lead) return null;
  return { start: verbEnd + lead, end: verbEnd + rest.slice(0, len).trimEnd().length };
}

/**
 * Finds the attribution of text[span.start, span.end): the first reporting verb whose speaker phrase
 * resolves, preferring a resolved source over an unresolved one. Mentions must be sorted by start.
 */
export function findAttribution(
  text: string,
  span: Span,
  mentions: MentionRef[],
  openAtStart = false,
): Attribution | null {
  const slice = text.slice(span.start, span.end);
  let fallback: Attribution | null = null;
  for (const m of verbsIn(slice, keyWords(text, span.start, span.end))) {
    const verb = m.verb;
    const verbEnd = m.end;
    // In "the crew were reported to be safe" the subject is the topic, not the speaker.
    const by = PASSIVE_BY.exec(slice.slice(verbEnd));
    const near = slice.slice(Math.max(0, m.index - 24), m.index);
    // "were reported" has the topic as subject; "did not say" withholds the statement.
    if ((!by && endsPassive(near)) || endsNegated(near) || insideQuote(slice, m.index, openAtStart)) continue;
    let subj: Subject | null = verb === 'according to' || by ? null : leftSubject(slice, m.index);
    // "Roe hammered Lund for what he called …", "Lund, whom she described as …": the pronoun right before
    // the verb is its subject, whatever the clause before it names.
    const pronoun = subj && /\b(?:he|she|they)$/i.exec(slice.slice(subj.start, subj.end));
    if (subj && pronoun && pronoun.index > 0) subj = { start: subj.start + pronoun.index, end: subj.end };
    // "Roe stormed back, leaned in and said": a phrase opening with a past verb is a predicate of the subject.
    if (subj && /^\s*[a-z]{2,}ed\b/.test(slice.slice(subj.start, subj.end))) {
      const main = sentenceSubject(text, span, mentions);
      if (main && main.end <= span.start + subj.start)
        subj = { start: main.start - span.start, end: main.end - span.start };
    }
    // "Calling Brandt a “gambler,” Varden told reporters …": an opening participle reports for the subject.
    const opening = PARTICIPLES.has(verb) && slice.slice(0, m.index).trim() === '';
    const main = opening ? sentenceSubject(text, span, mentions) : null;
    if (main && main.start >= span.start + verbEnd)
      subj = { start: main.start - span.start, end: main.end - span.start };
    else if (PARTICIPLES.has(verb) && /,\s*$/.test(slice.slice(0, m.index))) {
      const p = participleSubject(text, span, m.index, mentions);
      const ps =
        p && classifySpeaker(text, { start: span.start + p.start, end: span.start + p.end }, mentions);
      if (p && ps && (ps.source.kind !== 'none' || ps.pronoun)) subj = p;
    }
    const inverted = subj === null;
    if (inverted) subj = rightSubject(slice, verbEnd + (by ? by[0].length : 0));
    if (!subj) continue;
    const abs = { start: span.start + subj.start, end: span.start + subj.end };
    let found = classifySpeaker(text, abs, mentions);
    if (subj.head !== undefined) {
      // "The Islamic Resistance in Iraq, an umbrella name used by militias backed by Iran, said": the subject
      // speaks, not an actor inside its appositive; the appositive names the speaker only when the head does not.
      const head = classifySpeaker(text, { start: abs.start, end: span.start + subj.head }, mentions);
      const named = head.source.kind === 'named' || head.source.kind === 'outlet';
      // "Their spokesman, Davor Ilic, said": an unnamed head gives way to the person its appositive names.
      const person =
        found.source.kind === 'named' &&
        mentions.some((m) => m.actor.id === found.source.actorId && m.actor.type === 'person');
      if (named || head.pronoun || (head.source.kind === 'unnamed' && !person)) found = head;
    }
    const after = inverted || abs.start >= span.start + verbEnd;
    let cueStart = after ? span.start + m.index : abs.start;
    let cueEnd = after ? abs.end : span.start + verbEnd;
    if (!inverted && (verb === 'told' || verb === 'informed' || verb === 'tells')) {
      const obj = OBJECT_RE.exec(slice.slice(verbEnd));
      if (obj) cueEnd = span.start + verbEnd + obj[0].length;
    }
    while (cueStart < cueEnd && /\s/.test(text[cueStart])) cueStart++;
    const source: ClaimSource = { ...found.source, cue: text.slice(cueStart, cueEnd) };
    const result: Attribution = { source, pronoun: found.pronoun, cue: { start: cueStart, end: cueEnd } };
    if (found.source.kind !== 'none' || found.pronoun) return result;
    if (SPEAKER_ONLY.has(verb)) continue;
    // A short definite subject ("the group", "the ministry") attributes even when unresolved.
    const definite = !inverted && isDefiniteSubject(text.slice(abs.start, abs.end).trim());
    if (CORE_VERBS.has(verb) || (definite && !PREPOSITION_NEXT.test(slice.slice(verbEnd))))
      fallback ??= result;
  }
  if (fallback) return fallback;
  // "were reported to be", "is believed to have": reportage with no speaker named.
  const passive = passiveReport(slice, keyWords(text, span.start, span.end));
  if (!passive) return null;
  const cue = { start: span.start + passive[0], end: span.start + passive[1] };
  return { source: { kind: 'unnamed', name: null, cue: text.slice(cue.start, cue.end) }, pronoun: null, cue };
}
