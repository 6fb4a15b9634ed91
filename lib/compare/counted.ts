/**
 * What a figure counts, as comparison needs it. Two figures conflict only when they count the same thing:
 * - a figure the analyser left without a unit takes the noun of its compound ("a 700-foot ship" → foot,
 *   "a 2.5-mile-long slick" → mile) or the plain noun after it ("30 acres" → acre); a bare number counts
 *   nothing comparable;
 * - a count of people says what happened to them: "1,200 people were evacuated" and "12 people were
 *   rescued" count different things ("person evacuated", "person rescued");
 * - a partitive ("eight of the injured", "three of them") counts a subset, never the total.
 */

import { stem } from '@/lib/text/stem';
import { isStopword } from '@/lib/text/stopwords';
import type { Claim, Figure } from '@/lib/types';

const GENERIC_PEOPLE = new Set([
  'person',
  'member',
  'civilian',
  'american',
  'resident',
  'worker',
  'student',
  'troop',
]);
/** Words news writing uses interchangeably for one counted thing. */
const SYNONYMS: Record<string, string> = {
  soldier: 'troop',
  'service member': 'troop',
  personnel: 'troop',
  facility: 'site',
  location: 'site',
};
// A count of people hurt or killed, however worded, is a toll: "40 treated for injuries" counts the wounded.
const INJURED = /^[\s\w]{0,30}?\b(?:treated for (?:injuries|wounds)|hurt|injured|wounded|hospitali[sz]ed)\b/;
const KILLED = /^[\s\w]{0,30}?\b(?:killed|died|dead)\b/;
const PARTITIVE = /^\s*(?:of|among) (?:the|them|those|these|whom|which|its|their)\b/i;
const COMPOUND_UNIT = /^-([a-z]+)\b/;
const WORD = /^\s*([A-Za-z][\w'’-]*)/;
const NP_STOPS = new Set(['and', 'or']);
// The verb right after the counted noun, through auxiliaries and one adverb: "were evacuated", "had now
// been rescued", "fled"; or right before the number: "evacuated about 900 people".
const PREDICATE_AFTER =
  /^\s*(?:(?:were|was|are|is|have|has|had|got|went)\s+)?(?:(?:now|since|already|also|later|reportedly)\s+)?(?:been\s+)?([a-z]+(?:ed|en|ught|ost|led))\b/;
const PREDICATE_BEFORE =
  /\b([a-z]+(?:ed|en))\s+(?:about |some |nearly |almost |at least |more than |over |up to )?$/;
const NOT_PREDICATES = new Set([
  'been',
  'seen',
  'often',
  'even',
  'when',
  'then',
  'than',
  'including',
  'during',
  'according',
  'being',
]);

function after(claim: Pick<Claim, 'text' | 'start'>, f: Figure): string {
  const at = f.end - claim.start;
  return at >= 0 && at <= claim.text.length ? claim.text.slice(at, at + 60) : '';
}

function before(claim: Pick<Claim, 'text' | 'start'>, f: Figure): string {
  const at = f.start - claim.start;
  return at > 0 && at <= claim.text.length ? claim.text.slice(Math.max(0, at - 40), at) : '';
}

/** True when the figure counts part of a group named after it ("eight of the injured"). */
export function isSubset(claim: Pick<Claim, 'text' | 'start'>, f: Figure): boolean {
  return / of (?:the|them|those|these)\b/i.test(f.text) || PARTITIVE.test(after(claim, f));
}

/**
 * The head of the noun phrase after a number: the last lower-case word before a function word, a verb
 * ending or punctuation, capitalised modifiers skipped ("19 independent steps that" → steps; "350 US Army
 * and Air Force personnel" → personnel).
 */
function headNoun(tail: string): string | null {
  let rest = tail;
  let head: string | null = null;
  for (let k = 0; k < 6; k++) {
    if (!/^\s/.test(rest) && k > 0) break;
    const m = WORD.exec(rest);
    if (!m) break;
    const w = m[1];
    rest = rest.slice(m[0].length);
    if (/^[A-Z]/.test(w) || NP_STOPS.has(w)) {
      if (head) break;
      continue;
    }
    if (isStopword(w) || w.length < 3) break;
    // A participle after the noun opens a reduced relative ("900 women seeking back pay"): the noun is the head.
    if (head && /ing$/i.test(w)) break;
    head = w.toLowerCase();
    if (/[,.;:!?)]/.test(rest.charAt(0))) break;
  }
  return head;
}

function predicate(claim: Pick<Claim, 'text' | 'start'>, f: Figure): string | null {
  // An active verb before the count governs it ("rescued 14 people trapped in cars"); else the verb after.
  const b = PREDICATE_BEFORE.exec(before(claim, f).toLowerCase());
  if (b && !NOT_PREDICATES.has(b[1])) return b[1];
  const m = PREDICATE_AFTER.exec(after(claim, f).toLowerCase());
  return m && !NOT_PREDICATES.has(m[1]) ? m[1] : null;
}

/**
 * The key of what a figure counts, or null when it counts nothing comparable (a bare number, a date, a
 * subset). Figures compare only when their keys are equal.
 */
export function countedKey(claim: Pick<Claim, 'text' | 'start'>, f: Figure): string | null {
  if (f.date || f.unit === 'date' || f.unit === 'year') return null;
  if (isSubset(claim, f)) return null;
  let unit = f.unit;
  if (!unit) {
    const noun = COMPOUND_UNIT.exec(after(claim, f).toLowerCase())?.[1] ?? headNoun(after(claim, f));
    if (!noun || isStopword(noun)) return null;
    unit = stem(noun);
  }
  unit = SYNONYMS[unit] ?? unit;
  if (!GENERIC_PEOPLE.has(unit)) return unit;
  const tail = after(claim, f).toLowerCase();
  if (INJURED.test(tail)) return 'wounded';
  if (KILLED.test(tail)) return 'killed';
  const verb = predicate(claim, f);
  return verb ? `${unit} ${verb}` : unit;
}

/** A claim's figures re-keyed by what they count, the uncomparable ones left out. */
export function countedFigures(claim: Claim): Figure[] {
  const out: Figure[] = [];
  for (const f of claim.figures) {
    const key = countedKey(claim, f);
    if (key) out.push(key === f.unit ? f : { ...f, unit: key });
  }
  return out;
}
