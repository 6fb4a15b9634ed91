/**
 * The actor finder: lexicon aliases first, then capitalised phrases outside the lexicon, then acronyms
 * defined in the text and surname coreference. Every mention carries offsets into `article.text`.
 */

import { slugify } from '@/lib/text/normalize';
import { isStopword } from '@/lib/text/stopwords';
import { type Token, tokenize } from '@/lib/text/tokenize';
import type { Actor, ActorType, Article } from '../../types';
import { ActorSet } from './actor-set';
import { matchAliases } from './alias-trie';
import { classifyPhrase, type PhraseVerdict, stripTitles } from './classify-phrase';
import { type CompiledLexicon, canonicalId } from './compiled-lexicon';
import { compoundRole } from './compounds';
import {
  armedByContext,
  countAllCaps,
  findDatelines,
  isShouted,
  isVessel,
  opensInstitution,
  partyLabels,
  titleCase,
} from './context-rules';
import { headlineSpans, isShortHeading } from './headline';
import { isTitleWord, NEVER_NAMES } from './name-cues';
import { nonProseSpans } from './non-prose';
import { findPhraseSpans } from './phrase-finder';
import { roleAfter, roleBefore } from './roles';
import { lexiconPersonBySurname, resolveShortForms } from './short-forms';
import { personAfterOffice, titlePrefix } from './title-prefix';

const INSTITUTIONS = new Set<ActorType>(['organization', 'state', 'media', 'armed_group']);
/** Owner mark for tokens that were judged not to be an actor (ships), so no later pass re-reads them as one. */
const NOT_ACTOR = -2;
/** Organisation heads that a fighting context turns into an armed group ("a rebel group", "its fighters"). */
const GROUP_HEADS = new Set([
  'movement',
  'group',
  'front',
  'organization',
  'organisation',
  'army',
  'forces',
  'force',
]);

/**
 * Lexicon entries of one-word institutions whose own name the article uses as a person's surname: "Michael Bloomberg",
 * "Henry Ford". The word before is a given name: capitalised, never seen lower-case in the article, not a
 * stopword, title, month or known name, and not the end of a longer capitalised run other than a title ("Mayor Michael Bloomberg").
 */
function institutionSurnames(
  tokens: Token[],
  matches: ReturnType<typeof matchAliases>,
  lexicon: CompiledLexicon,
  lowerSeen: Set<string>,
): Set<number> {
  const out = new Set<number>();
  const matchEnds = new Set(matches.map((m) => m.to));
  for (const m of matches) {
    const e = lexicon.entries[m.entry];
    if (m.to - m.from !== 1 || (e.type !== 'organization' && e.type !== 'media')) continue;
    // Only the institution's own one-word name: aliases ("Republicans", "Times") are used as plain words.
    if (e.name !== tokens[m.from].text) continue;
    const k = m.from - 1;
    const given = tokens[k];
    if (!given?.isWord || !given.cap || !tokens[m.from].spaceBefore || matchEnds.has(m.from)) continue;
    if (given.text.length < 2 || given.text === given.text.toUpperCase()) continue;
    const w = given.lower;
    if (lowerSeen.has(w) || isStopword(w) || isTitleWord(w) || NEVER_NAMES.has(w)) continue;
    const before = tokens[k - 1];
    if (before?.isWord && before.cap && !isTitleWord(before.lower)) continue;
    out.add(m.entry);
  }
  return out;
}

interface Candidate {
  from: number;
  to: number;
  verdict: PhraseVerdict;
  titled?: boolean;
}

/** Find, type and merge the named actors of an article. */
export function findActors(article: Article, lexicon: CompiledLexicon): Actor[] {
  const text = article.text;
  const tokens = tokenize(text);
  const owner = new Int32Array(tokens.length).fill(-1);
  const set = new ActorSet();
  const mention = (from: number, to: number, compound: boolean) => ({
    start: tokens[from].start,
    end: tokens[to - 1].end,
    text: text.slice(tokens[from].start, tokens[to - 1].end),
    ...(compound ? { compound: true } : {}),
  });
  const claim = (i: number, from: number, to: number) => owner.fill(i, from, to);

  for (const [f, t] of partyLabels(tokens)) owner.fill(NOT_ACTOR, f, t);
  const matches = matchAliases(lexicon.trie, tokens);
  const lowerSeen = new Set<string>();
  for (let k = 0; k < tokens.length; k++)
    if (tokens[k].isWord && !tokens[k].cap) lowerSeen.add(tokens[k].lower);
  const surnames = institutionSurnames(tokens, matches, lexicon, lowerSeen);
  matches.forEach((m, n) => {
    if (owner[m.from] !== -1) return;
    const e = lexicon.entries[m.entry];
    // The article names a person with this institution's name as surname: its bare mentions are the person.
    if (surnames.has(m.entry)) return;
    const origin = lexicon.userIds.has(e.id) ? 'user' : 'lexicon';
    const role = compoundRole(tokens, m.from, m.to);
    const territorial = e.type === 'state' || e.type === 'place';
    // "Republican National Committee": a form that opens a longer institution's name is part of that name,
    // unless the rest is itself a known name ("Iranian Revolutionary Guard Corps").
    const nextKnown = matches[n + 1]?.from === m.to;
    if ((m.demonym || (territorial && role === 'none')) && !nextKnown && opensInstitution(tokens, text, m.to))
      return;
    // Nationality adjectives ("French troops") and descriptive compounds ("Panama-flagged") are not mentions.
    if (role === 'descriptor' || (m.demonym && role !== 'sponsor')) {
      owner.fill(NOT_ACTOR, m.from, m.to);
      set.link(e.id, e.name, e.type, origin);
      return;
    }
    claim(set.add(e.id, e.name, e.type, 1, origin, mention(m.from, m.to, role === 'sponsor')), m.from, m.to);
  });
  const addPlace = (from: number, to: number, name: string, confidence: number) => {
    if (owner.subarray(from, to).some((o) => o !== -1)) return;
    const id = canonicalId(name, lexicon);
    const known = lexicon.byId.get(id);
    const origin = known ? (lexicon.userIds.has(id) ? 'user' : 'lexicon') : 'inferred';
    const i = known
      ? set.add(known.id, known.name, known.type, 1, origin, mention(from, to, false))
      : set.add(id, name, 'place', confidence, origin, mention(from, to, false));
    claim(i, from, to);
  };
  for (const d of findDatelines(tokens, text)) {
    const [f, t] = d.place;
    addPlace(f, t, titleCase(text.slice(tokens[f].start, tokens[t - 1].end)), 0.7);
    if (d.region)
      addPlace(
        d.region[0],
        d.region[1],
        text.slice(tokens[d.region[0]].start, tokens[d.region[1] - 1].end),
        0.6,
      );
  }

  // Credits, bylines and captions name photographers and agencies, not the story's actors.
  for (const span of nonProseSpans(article))
    for (let k = 0; k < tokens.length; k++)
      if (tokens[k].start >= span.start && tokens[k].end <= span.end && owner[k] === -1) owner[k] = NOT_ACTOR;

  const headlines = headlineSpans(article);
  // Per-token flag, computed in one pass: long pages have hundreds of headline-like lines.
  const headlineToken = new Uint8Array(tokens.length);
  for (let k = 0, h = 0; k < tokens.length && h < headlines.length; ) {
    if (tokens[k].start >= headlines[h].end) h++;
    else {
      if (tokens[k].start >= headlines[h].start) headlineToken[k] = 1;
      k++;
    }
  }
  const inHeadline = (from: number) => headlineToken[from] === 1;
  const shortHeadings = article.paragraphs.filter((p) => isShortHeading(text.slice(p.start, p.end)));
  const inShortHeading = (at: number) => shortHeadings.some((p) => at >= p.start && at < p.end);

  const multi: Candidate[] = [];
  const singles: Candidate[] = [];
  const rawSingles: { from: number; to: number; titled: boolean; verdict?: PhraseVerdict }[] = [];
  const vessels = new Set<string>();
  for (const s of findPhraseSpans(tokens, owner, text, lowerSeen)) {
    if (isVessel(tokens, s.from, s.to)) {
      vessels.add(canonicalId(text.slice(tokens[s.from].start, tokens[s.to - 1].end), lexicon));
      owner.fill(NOT_ACTOR, s.from, s.to);
      continue;
    }
    let whole = classifyPhrase(tokens, s.from, s.to, false, lowerSeen);
    const stripped = stripTitles(tokens, s.from, s.to);
    if (
      whole &&
      isTitleWord(tokens[s.from].lower) &&
      stripped < s.to &&
      personAfterOffice(tokens, stripped, s.to)
    )
      whole = null;
    let nameFrom = whole && whole.type !== 'person' ? s.from : stripped;
    const prefix = nameFrom > s.from ? titlePrefix(tokens, s.from, nameFrom, lowerSeen) : null;
    if (prefix) {
      const n = tokens.slice(prefix.from, prefix.to).filter((t) => t.isWord).length;
      if (n === 1)
        rawSingles.push({ from: prefix.from, to: prefix.to, titled: false, verdict: prefix.verdict });
      else multi.push(prefix);
      // The name proper starts after the title that follows the prefix.
      nameFrom = stripTitles(tokens, prefix.to, s.to);
    }
    if (nameFrom >= s.to) continue;
    const titled = nameFrom > s.from || roleBefore(tokens, text, nameFrom, owner, () => true) !== null;
    const words = tokens.slice(nameFrom, s.to).filter((t) => t.isWord).length;
    if (words === 1) {
      rawSingles.push({ from: nameFrom, to: s.to, titled });
      continue;
    }
    const verdict =
      nameFrom === s.from && whole ? whole : classifyPhrase(tokens, nameFrom, s.to, titled, lowerSeen);
    // A section heading or pull quote ("Long Road Home") is a person only on real evidence, not by default.
    if (verdict?.type === 'person' && verdict.confidence <= 0.5 && inShortHeading(tokens[nameFrom].start))
      continue;
    if (verdict) multi.push({ from: nameFrom, to: s.to, verdict });
  }

  // Title Case headlines make every word look like a name: keep only names the body confirms.
  const bodyKeys = new Set<string>(set.list.map((a) => a.id));
  for (const c of multi) if (!inHeadline(c.from)) bodyKeys.add(nameKey(tokens, text, c, lexicon));
  for (const c of multi) {
    const id = nameKey(tokens, text, c, lexicon);
    if (inHeadline(c.from) && !bodyKeys.has(id)) continue;
    if (vessels.has(id)) {
      owner.fill(NOT_ACTOR, c.from, c.to);
      continue;
    }
    const lastWord = tokens[c.to - 1].lower;
    if (
      c.verdict.type === 'organization' &&
      GROUP_HEADS.has(lastWord) &&
      armedByContext(tokens, c.from, c.to)
    )
      c.verdict = { type: 'armed_group', confidence: c.verdict.confidence };
    const known = lexicon.byId.get(id);
    const name = text.slice(tokens[c.from].start, tokens[c.to - 1].end);
    const i = known
      ? set.add(
          known.id,
          known.name,
          known.type,
          1,
          lexicon.userIds.has(id) ? 'user' : 'lexicon',
          mention(c.from, c.to, false),
        )
      : set.add(id, name, c.verdict.type, c.verdict.confidence, 'inferred', mention(c.from, c.to, false));
    claim(i, c.from, c.to);
  }

  resolveShortForms(tokens, text, owner, set, mention);

  const shoutCounts = countAllCaps(tokens);
  for (const s of rawSingles) {
    const tok = tokens[s.from];
    // An all-caps word used once, never defined and unknown to the lexicon ("CPU", "GMT") is not evidence of a name.
    if (isShouted(tok) && (shoutCounts.get(tok.text) ?? 0) < 2) continue;
    // Shouting ("a HIGH-powered team") is not an acronym when the word also appears in lower case.
    if (
      owner[s.from] !== -1 ||
      inHeadline(s.from) ||
      (tok.text === tok.text.toUpperCase() && (lowerSeen.has(tok.lower) || tokens[s.to]?.text === '-'))
    )
      continue;
    const verdict = s.verdict ?? classifyPhrase(tokens, s.from, s.to, s.titled, lowerSeen);
    if (verdict) singles.push({ ...s, verdict: { ...verdict, confidence: verdict.confidence * 0.8 } });
  }
  for (const c of singles) {
    const name = text.slice(tokens[c.from].start, tokens[c.from].end);
    // "President Obama": a titled surname of a person the lexicon knows is that person.
    const known =
      c.titled && c.verdict.type === 'person'
        ? lexiconPersonBySurname(lexicon.entries, tokens[c.from].lower)
        : null;
    const i = known
      ? set.add(
          known.id,
          known.name,
          known.type,
          1,
          lexicon.userIds.has(known.id) ? 'user' : 'lexicon',
          mention(c.from, c.to, false),
        )
      : set.add(
          slugify(name),
          name,
          c.verdict.type,
          c.verdict.confidence,
          'inferred',
          mention(c.from, c.to, false),
        );
    claim(i, c.from, c.to);
  }
  // Names the single words added ("Clinton", "Benghazi", a lexicon person's surname) are read again.
  resolveShortForms(tokens, text, owner, set, mention);

  const isInstitution = (k: number) => INSTITUTIONS.has(set.list[owner[k]]?.type ?? 'person');
  set.list.forEach((actor, i) => {
    if (actor.mentions.every((m) => m.compound)) actor.adjectival = true;
    else delete actor.adjectival;
    if (actor.type !== 'person') return;
    for (const m of actor.mentions) {
      const from = tokenStartingAt(tokens, m.start);
      const last = tokenStartingAt(tokens, m.end - 1, true);
      if (from < 0 || last < 0 || tokens[last].end !== m.end) continue;
      const to = last + 1;
      const role = roleBefore(tokens, text, from, owner, isInstitution) ?? roleAfter(tokens, text, to);
      if (role) set.addRole(i, role);
    }
  });
  return set.result();
}

/**
 * Index of the token that starts at `offset` (or, with `within`, that contains it), or -1. A binary search:
 * only person mentions need it, far fewer than the tokens a lookup table would have to hold.
 */
function tokenStartingAt(tokens: Token[], offset: number, within = false): number {
  let lo = 0;
  let hi = tokens.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const t = tokens[mid];
    if (t.start > offset) hi = mid - 1;
    else if (within ? t.end <= offset : t.start < offset) lo = mid + 1;
    else return t.start === offset || within ? mid : -1;
  }
  return -1;
}

function nameKey(tokens: Token[], text: string, c: Candidate, lexicon: CompiledLexicon): string {
  return canonicalId(text.slice(tokens[c.from].start, tokens[c.to - 1].end), lexicon);
}
