/**
 * Finds capitalised phrases that the lexicon did not claim: the raw material for names outside the
 * lexicon. It only proposes spans; `classify-phrase` decides whether a span is a name and of what kind.
 */
import { digitEnd } from '@/lib/text/ascii-words';
import { isStopword } from '@/lib/text/stopwords';
import type { Token } from '@/lib/text/tokenize';
import { MEDIA_WORDS, NAME_PARTICLES, NEVER_NAMES, NON_ACTOR_WORDS, OF_HEADS, ORG_HEADS } from './name-cues';

/** A proposed name: token range [from, to). */
export interface PhraseSpan {
  from: number;
  to: number;
}

const ABBREVIATIONS = new Set([
  'gen',
  'brig',
  'lt',
  'col',
  'maj',
  'adm',
  'sgt',
  'capt',
  'dr',
  'mr',
  'mrs',
  'ms',
  'st',
  'jr',
  'sr',
  'rep',
  'sen',
  'gov',
  'cmdr',
  'prof',
  'sens',
  'reps',
  'gens',
]);
// Capitalised function words that open a run but never a name ("The", "In"); "New" stays: New York, New Zealand.
const LEADING_FUNCTION_WORDS = new Set(
  'the a an this that these those and but or if when while as at in on for of to by with from after before'.split(
    ' ',
  ),
);
const SENTENCE_END = new Set(['.', '!', '?', ':', ';', '"', '(', '[', '|', '*', '•']);

/** True when token i opens a sentence, a paragraph, a quotation or a bracket. */
export function isSentenceInitial(tokens: Token[], i: number, text: string): boolean {
  if (i === 0) return true;
  const prev = tokens[i - 1];
  if (SENTENCE_END.has(prev.text))
    return !(prev.text === '.' && ABBREVIATIONS.has(tokens[i - 2]?.lower ?? ''));
  return text.slice(prev.end, tokens[i].start).includes('\n');
}

function isNameWord(t: Token): boolean {
  return t.isWord && t.cap && !NEVER_NAMES.has(t.lower);
}

/** Digits only ("22"). */
function isNumber(s: string): boolean {
  return s.length > 0 && digitEnd(s, 0) === s.length;
}

/** Digits and an ordinal suffix ("718th", "3rd"). */
function isOrdinal(s: string): boolean {
  const d = digitEnd(s, 0);
  return d > 0 && d === s.length - 2 && ['st', 'nd', 'rd', 'th'].includes(s.slice(d));
}

/** "718th Engineer Company", "3rd Infantry Division": an ordinal opens a unit name when a capitalised word follows. */
function opensUnit(tokens: Token[], i: number): boolean {
  const nx = tokens[i + 1];
  if (!nx?.spaceBefore) return false;
  return tokens[i].isWord && isOrdinal(tokens[i].lower) && isNameWord(nx);
}

/** True for a single capital letter: a middle initial ("Susan E. Rice") or a first initial ("J. Christopher Stevens"). */
function isInitial(t: Token): boolean {
  return t.isWord && t.cap && t.text.length === 1;
}

/** Index past the capitalised words starting at k (the rest of a name being read ahead). */
function capRunEnd(tokens: Token[], k: number): number {
  while (k < tokens.length && isNameWord(tokens[k]) && tokens[k].spaceBefore) k++;
  return k;
}

/**
 * "Lloyd's List Intelligence", "Reuters' Breakingviews": a possessive joins an institution's name only when
 * what follows names an institution; "Fusion's Jorge Ramos" is an outlet and its reporter, two names.
 */
function possessiveJoinsName(tokens: Token[], k: number): boolean {
  const end = capRunEnd(tokens, k);
  if (end === k) return false;
  const words = tokens.slice(k, end).map((t) => t.lower);
  return ORG_HEADS.has(words[words.length - 1]) || words.some((w) => MEDIA_WORDS.has(w));
}

/** "Justice Against Sponsors of Terrorism Act": "of" joins a title whose capitalised run ends as a law or event. */
function ofJoinsTitle(tokens: Token[], k: number): boolean {
  const end = capRunEnd(tokens, k);
  return end > k && NON_ACTOR_WORDS.has(tokens[end - 1].lower);
}

/** Propose maximal capitalised runs among tokens not already owned (owner[i] === -1). */
export function findPhraseSpans(
  tokens: Token[],
  owner: Int32Array,
  text: string,
  lowerSeen: Set<string>,
): PhraseSpan[] {
  const spans: PhraseSpan[] = [];
  const free = (k: number) => k < tokens.length && owner[k] === -1;
  let i = 0;
  while (i < tokens.length) {
    if (!free(i) || !(isNameWord(tokens[i]) || opensUnit(tokens, i))) {
      i++;
      continue;
    }
    let last = i;
    let j = i + 1;
    while (j < tokens.length && free(j)) {
      const t = tokens[j];
      const nx = tokens[j + 1];
      if (t.text.includes('\n') || text.slice(tokens[j - 1].end, t.start).includes('\n')) break;
      if (isNameWord(t) || (isNumber(t.text) && t.spaceBefore && j === last + 1)) {
        last = j++;
      } else if (t.text === '-' && !t.spaceBefore && nx && free(j + 1) && nx.isWord && !nx.spaceBefore) {
        // Hyphenated name parts: "Amir-Abdollahian", "al-Muhandis". A lower-case tail ("-backed") ends the name.
        if (!nx.cap && !NAME_PARTICLES.has(nx.lower)) break;
        j++;
      } else if (
        t.text === '.' &&
        !t.spaceBefore &&
        isInitial(tokens[j - 1]) &&
        j - 1 === last &&
        nx?.spaceBefore &&
        free(j + 1) &&
        isNameWord(nx)
      ) {
        // A middle or first initial keeps one person: "Susan E. Rice", "J. Christopher Stevens".
        j++;
      } else if (
        t.text === "'" &&
        j === i + 1 &&
        !OF_HEADS.has(tokens[i].lower) &&
        !ORG_HEADS.has(tokens[i].lower) &&
        !t.spaceBefore &&
        nx?.lower === 's' &&
        !nx.spaceBefore &&
        free(j + 1) &&
        free(j + 2) &&
        isNameWord(tokens[j + 2]) &&
        tokens[j + 2].spaceBefore &&
        possessiveJoinsName(tokens, j + 2)
      ) {
        // "Lloyd's List Intelligence": an unclaimed single word's possessive may open an institution's name,
        // unless that word is itself an institution ("Parliament's Joint Committee" is the parliament's committee).
        j += 2;
      } else if (
        t.text === '.' &&
        !t.spaceBefore &&
        ABBREVIATIONS.has(tokens[j - 1].lower) &&
        j - 1 === last
      ) {
        last = j++;
      } else if (
        NAME_PARTICLES.has(t.lower) &&
        !t.cap &&
        nx &&
        free(j + 1) &&
        (isNameWord(nx) || nx.text === '-')
      ) {
        j++;
      } else if (
        (t.lower === 'of' || t.lower === 'for') &&
        (OF_HEADS.has(tokens[last].lower) || ofJoinsTitle(tokens, j + 1))
      ) {
        const k = tokens[j + 1]?.lower === 'the' ? j + 2 : j + 1;
        if (!free(k) || !isNameWord(tokens[k])) break;
        j = k;
      } else break;
    }
    let from = i;
    // A capitalised first word of a sentence is only part of a name when it is not an ordinary word.
    if (isSentenceInitial(tokens, from, text)) {
      const w = tokens[from].lower;
      if (isStopword(w) || lowerSeen.has(w) || w.endsWith('ly') || w.endsWith('ing')) from++;
    }
    while (
      from <= last &&
      (!tokens[from].isWord ||
        LEADING_FUNCTION_WORDS.has(tokens[from].lower) ||
        (NAME_PARTICLES.has(tokens[from].lower) && !tokens[from].cap))
    )
      from++;
    if (from <= last && (tokens[from].cap || opensUnit(tokens, from))) spans.push({ from, to: last + 1 });
    i = last + 1;
  }
  return spans;
}
