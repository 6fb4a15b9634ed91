/**
 * Context rules that overrule what a capitalised phrase looks like on its own: datelines are places, ships are
 * not actors, a group described as fighting is an armed group, and a lone unexplained shout is not a name.
 */
import type { Token } from '@/lib/text/tokenize';
import { ORG_HEADS } from './name-cues';

/** Prefixes that name a ship, never a person ("USS Carney", "HMS Diamond"); compared case-sensitively. */
const SHIP_PREFIXES = new Set(['USS', 'USNS', 'HMS', 'HMAS', 'HMCS', 'INS', 'MV', 'MT', 'SS', 'RFA']);

/** Common nouns for vessels: "the tanker X", "the destroyer X", "X, a Liberian-flagged ship". */
const SHIP_NOUNS = new Set(
  `vessel vessels ship ships tanker tankers destroyer destroyers frigate frigates carrier freighter cruiser warship
corvette submarine bulker containership trawler yacht ferry`.split(/\s+/),
);

/** Words near a name that say the group fights: "a rebel group", "the movement's fighters". */
const ARMED_CONTEXT = new Set(
  `rebel rebels militant militants insurgent insurgents fighters guerrilla guerrillas militia militias jihadist
jihadists paramilitary`.split(/\s+/),
);

function isAllCaps(t: Token): boolean {
  if (!t.isWord || t.text.length < 2) return false;
  // Most words start with a lower-case letter: settle those without building an upper-case copy.
  const c = t.text.charCodeAt(0);
  if (c >= 97 && c <= 122) return false;
  if (t.text !== t.text.toUpperCase()) return false;
  for (let i = 0; i < t.text.length; i++)
    if (t.text.charCodeAt(i) >= 65 && t.text.charCodeAt(i) <= 90) return true;
  return false;
}

const paragraphStart = (tokens: Token[], k: number, text: string) =>
  k === 0 || text.slice(tokens[k - 1].end, tokens[k].start).includes('\n');

/** A dateline found at a paragraph start: the all-caps place, and an optional region after its comma. */
export interface Dateline {
  place: [number, number];
  region: [number, number] | null;
}

/**
 * "ADEN, Yemen —", "FORT MOORE, Georgia —", "PORT KESSAR —", "MOSUL, Iraq (AP) —": all-caps words opening a
 * paragraph and followed by a comma or a dash are the place a report was filed from; a capitalised region between
 * the comma and the dash is a place too, and an agency credit in brackets may stand before the dash.
 */
export function findDatelines(tokens: Token[], text: string): Dateline[] {
  const out: Dateline[] = [];
  for (let k = 0; k < tokens.length; k++) {
    if (!isAllCaps(tokens[k]) || !paragraphStart(tokens, k, text)) continue;
    let j = k;
    while (j < tokens.length && j - k < 4 && isAllCaps(tokens[j])) j++;
    const stop = tokens[j]?.text;
    if (stop !== ',' && stop !== '-' && stop !== '(') continue;
    let region: [number, number] | null = null;
    if (stop === '(' && tokens[agencyEnd(tokens, j)]?.text !== '-') continue;
    if (stop === ',') {
      let r = j + 1;
      while (r < tokens.length && r - j <= 3 && tokens[r].isWord && tokens[r].cap && !isAllCaps(tokens[r]))
        r++;
      // Only a dash after the region (or its agency credit) makes it a dateline; "WASHINGTON, which ..." is a sentence.
      if (tokens[agencyEnd(tokens, r)]?.text !== '-' || r === j + 1) continue;
      region = [j + 1, r];
    }
    out.push({ place: [k, j], region });
  }
  return out;
}

/** Index after an agency credit in brackets at `k` ("(AP)", "(Reuters)"), or `k` when there is none. */
function agencyEnd(tokens: Token[], k: number): number {
  if (tokens[k]?.text !== '(') return k;
  let j = k + 1;
  while (j < tokens.length && j - k <= 4 && tokens[j].text !== ')') {
    if (!tokens[j].isWord && tokens[j].text !== '.' && tokens[j].text !== '-') return k;
    j++;
  }
  return tokens[j]?.text === ')' ? j + 1 : k;
}

/** "FORT MOORE" → "Fort Moore": datelines shout, the actor's name should not. */
export function titleCase(words: string): string {
  return words
    .toLowerCase()
    .replace(/(^|[\s-])(\S)/g, (_m, sep: string, ch: string) => sep + ch.toUpperCase());
}

/** True when the phrase [from, to) names a ship: a ship prefix, a ship noun before it, or "X, a ...-flagged ...". */
export function isVessel(tokens: Token[], from: number, to: number): boolean {
  if (SHIP_PREFIXES.has(tokens[from].text)) return true;
  const before = tokens[from - 1];
  if (before && SHIP_NOUNS.has(before.lower)) return true;
  if (tokens[to]?.text !== ',' || !['a', 'an', 'the'].includes(tokens[to + 1]?.lower ?? '')) return false;
  for (let k = to + 2; k < tokens.length && k < to + 9; k++) {
    const t = tokens[k];
    if (t.text === '.' || t.text === ',') return false;
    if (t.lower === 'flagged' || SHIP_NOUNS.has(t.lower)) return true;
  }
  return false;
}

/** True when words right around the phrase [from, to) describe it as fighters, rebels or militants. */
export function armedByContext(tokens: Token[], from: number, to: number): boolean {
  for (let k = from - 1; k >= 0 && k >= from - 2; k--) if (ARMED_CONTEXT.has(tokens[k].lower)) return true;
  for (let k = to; k < tokens.length && k < to + 8; k++) {
    const t = tokens[k];
    if (t.text === '.' || t.text === ';') break;
    if (ARMED_CONTEXT.has(t.lower)) return true;
  }
  return false;
}

/** How often each all-caps word occurs: an acronym used once and never defined is weak evidence of a name. */
export function countAllCaps(tokens: Token[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    if (isAllCaps(t)) counts.set(t.text, (counts.get(t.text) ?? 0) + 1);
  }
  return counts;
}

/** True for a word written entirely in capitals (two letters or more). */
export function isShouted(t: Token): boolean {
  return isAllCaps(t);
}

/**
 * True when the capitalised words right after token `to` make a longer institution name ending in an
 * organisation head: "United Kingdom" in "United Kingdom Maritime Trade Operations" is part of that name.
 */
export function opensInstitution(tokens: Token[], text: string, to: number): boolean {
  let k = to;
  while (k < tokens.length && k - to < 5) {
    const t = tokens[k];
    if (!t.isWord || !t.cap || !t.spaceBefore || text.slice(tokens[k - 1].end, t.start).includes('\n')) break;
    k++;
  }
  return k - to >= 2 && ORG_HEADS.has(tokens[k - 1].lower);
}

/** Party letters of a US affiliation label: Democrat, Republican, Independent. */
const PARTY_LETTERS = new Set(['D', 'R', 'I']);

/**
 * Token ranges of party-and-state labels after a politician's name: "(R-Ohio)", "D-N.Y.", ", I-Vt.,". They label
 * the person; neither the letter nor the abbreviated state is an actor of the story.
 */
export function partyLabels(tokens: Token[]): [number, number][] {
  const out: [number, number][] = [];
  for (let k = 0; k + 2 < tokens.length; k++) {
    const t = tokens[k];
    const dash = tokens[k + 1];
    const state = tokens[k + 2];
    if (!PARTY_LETTERS.has(t.text) || dash.text !== '-' || dash.spaceBefore) continue;
    if (!state.isWord || !state.cap || state.spaceBefore) continue;
    const prev = tokens[k - 1];
    // The label follows a name, a comma or an opening bracket: "Cornyn, R-Texas", "(D-Vt.)".
    if (prev && !(prev.text === '(' || prev.text === ',' || prev.cap)) continue;
    let j = k + 3;
    // "N.Y.", "S.C.": single letters joined by full stops.
    while (j + 1 < tokens.length && tokens[j].text === '.' && !tokens[j].spaceBefore) {
      const nx = tokens[j + 1];
      if (nx.isWord && nx.text.length === 1 && nx.cap && !nx.spaceBefore) j += 2;
      else break;
    }
    if (tokens[j]?.text === '.' && !tokens[j].spaceBefore) j++;
    out.push([k, j]);
    k = j - 1;
  }
  return out;
}
