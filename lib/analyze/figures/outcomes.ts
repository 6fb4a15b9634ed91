/**
 * The casualty outcome around a count of people ("killing 3", "20 were injured", "34 others were treated
 * for injuries") and ages ("24-year-old", "24 years old"), read as words: these were case-insensitive
 * alternation regexes, which cost more to compile on a cold start than every test an article makes.
 */
import { asciiAt, isS, isW, spaceEnd, spaceStart, wordEndsAt } from '@/lib/text/ascii-words';

/** Killed or wounded, from the outcome word ("killing", "dead", "injuries"). */
function outcome(s: string, p: number): string {
  return asciiAt(s, p, 'kill') || asciiAt(s, p, 'dead') || asciiAt(s, p, 'died') ? 'killed' : 'wounded';
}

const FILLERS = new Set(
  'were was have had been being are who reportedly also later all sustained suffered minor serious slight treated for other others more people now since so far then'.split(
    ' ',
  ),
);
const OUTCOMES_AFTER = ['killed', 'dead', 'died', 'wounded', 'injured', 'hurt', 'injuries'];

/**
 * The outcome stated right after a count of people, past filler words ("were", "have now been treated
 * for"): "killed" or "wounded", or null.
 */
export function outcomeAfter(s: string): string | null {
  let p = 0;
  for (;;) {
    const q = spaceEnd(s, p);
    if (q === p) return null;
    for (const w of OUTCOMES_AFTER)
      if (asciiAt(s, q, w) && !isW(s.charCodeAt(q + w.length))) return outcome(s, q);
    let e = q;
    while (e < s.length && !isS(s.charCodeAt(e))) e++;
    if (e === s.length || !FILLERS.has(s.slice(q, e).toLowerCase())) return null;
    p = e;
  }
}

const VERBS_BEFORE = [
  'killing',
  'killed',
  'kills',
  'wounding',
  'wounded',
  'injuring',
  'injured',
  'injures',
  'wounds',
];
const QUALIFIERS = ['some', 'about', 'nearly', 'almost', 'over', 'around', 'roughly'];

/** Start of the white space run that ends at `end`, when there is one; else -1. */
function spaceBefore(s: string, end: number): number {
  const p = spaceStart(s, end);
  return p < end ? p : -1;
}

/** Start of the white-space-delimited token that ends at `end`. */
function tokenStart(s: string, end: number): number {
  let p = end;
  while (p > 0 && !isS(s.charCodeAt(p - 1))) p--;
  return p;
}

/** Start of the casualty verb that ends at `end` and starts a word, or -1. */
function verbEndingAt(s: string, end: number): number {
  for (const w of VERBS_BEFORE) if (wordEndsAt(s, end, [w])) return end - w.length;
  return -1;
}

/**
 * The outcome of a casualty verb just before a number, with an optional qualifier between ("killing at
 * least"): "killed" or "wounded", or null.
 */
export function outcomeBefore(before: string): string | null {
  const t = spaceBefore(before, before.length);
  if (t < 0) return null;
  let at = -1;
  const a = tokenStart(before, t);
  const u = spaceBefore(before, a);
  if (u >= 0) {
    const last = before.slice(a, t).toLowerCase();
    if (QUALIFIERS.includes(last)) at = verbEndingAt(before, u);
    else if (last === 'least' || last === 'than') {
      const b = tokenStart(before, u);
      const v = spaceBefore(before, b);
      if (v >= 0 && before.slice(b, u).toLowerCase() === (last === 'least' ? 'at' : 'more'))
        at = verbEndingAt(before, v);
    }
  }
  if (at < 0) at = verbEndingAt(before, t);
  return at >= 0 ? outcome(before, at) : null;
}

/** Length of "-year-old", " years old" right after a number, or -1. */
export function ageAfter(after: string): number {
  const c = after.charCodeAt(0);
  if (c === 45 || isS(c)) {
    if (asciiAt(after, 1, 'years-old') && !isW(after.charCodeAt(10))) return 10;
    if (asciiAt(after, 1, 'year-old') && !isW(after.charCodeAt(9))) return 9;
  }
  const p = spaceEnd(after, 0);
  if (p === 0 || !asciiAt(after, p, 'years') || !isS(after.charCodeAt(p + 5))) return -1;
  const q = spaceEnd(after, p + 5);
  return asciiAt(after, q, 'old') && !isW(after.charCodeAt(q + 3)) ? q + 3 : -1;
}
