/**
 * Qualifiers before a number ("at least", "more than", "nearly", "up to", "about") and the bounds they give
 * it. They are looked up as the last one to three words before the number, not with one alternation regex,
 * which cost more to compile on first use than all the lookups of an article.
 */

import { isS, isW } from '@/lib/text/ascii-words';
import type { Figure } from '@/lib/types';
import type { ParsedNumber } from './number-words';

const AT_LEAST = ['at least', 'no fewer than', 'a minimum of'];
const MORE_THAN = ['more than', 'over', 'upwards of', 'in excess of', 'well over', 'just over'];
const NEARLY = ['nearly', 'almost', 'close to', 'just under'];
const UP_TO = ['up to', 'as many as', 'as much as', 'as high as', 'at most', 'no more than'];
const FEWER_THAN = ['fewer than', 'less than', 'under'];
const ABOUT = ['about', 'around', 'roughly', 'approximately', 'some', 'an estimated', 'estimated'];

const KIND = new Map<string, string>();
for (const [kind, list] of Object.entries({
  AT_LEAST,
  MORE_THAN,
  NEARLY,
  UP_TO,
  FEWER_THAN,
  ABOUT,
  BETWEEN: ['between'],
}))
  for (const q of list) KIND.set(q, kind);

/** A qualifier found before a number. */
export interface Qualifier {
  /** The qualifier as written ("At least"). */
  phrase: string;
  /** Length from the qualifier's start to the number, white space included. */
  length: number;
}

function isLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
}

/**
 * The qualifier that ends `before` (followed only by white space), or null. When several end there
 * ("no more than", "more than"), the longest wins.
 */
export function qualifierBefore(before: string): Qualifier | null {
  let t = before.length;
  while (t > 0 && isS(before.charCodeAt(t - 1))) t--;
  if (t === before.length) return null;
  let found: Qualifier | null = null;
  let end = t;
  // Walk back over up to three words joined by single spaces, the shapes all qualifiers have.
  for (let words = 0; words < 3; words++) {
    let start = end;
    while (start > 0 && isLetter(before.charCodeAt(start - 1))) start--;
    if (start === end) break;
    const wordStart = start === 0 || !isW(before.charCodeAt(start - 1));
    if (wordStart && KIND.has(before.slice(start, t).toLowerCase()))
      found = { phrase: before.slice(start, t), length: before.length - start };
    if (start === 0 || before.charCodeAt(start - 1) !== 32) break;
    end = start - 1;
  }
  return found;
}

type Bounds = Pick<Figure, 'value' | 'min' | 'max' | 'approx'>;

/** The bounds a qualifier gives a parsed number ("more than 40" → min 41). */
export function applyQualifier(q: string | undefined, n: ParsedNumber): Bounds {
  const b: Bounds = { value: n.value, min: n.min, max: n.value, approx: n.approx };
  if (!q || n.value === null) return { ...b, max: n.value === null ? null : b.max };
  const v = n.value;
  const step = Number.isInteger(v) ? 1 : 0;
  switch (KIND.get(q.toLowerCase())) {
    case 'AT_LEAST':
      return { value: v, min: v, max: null, approx: b.approx };
    case 'MORE_THAN':
      return { value: null, min: v + step, max: null, approx: b.approx };
    case 'NEARLY':
      return { value: null, min: null, max: v - step, approx: true };
    case 'UP_TO':
      return { value: null, min: null, max: v, approx: b.approx };
    case 'FEWER_THAN':
      return { value: null, min: null, max: v - step, approx: b.approx };
    case 'BETWEEN':
      return b;
    default:
      return { ...b, approx: true };
  }
}
