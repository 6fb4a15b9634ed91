/**
 * Figures in a sentence: counts, amounts, percentages, money, years, ages and dates, normalised.
 *
 * Bounds, as used by comparison: "at least 34" → value 34, min 34; "more than 40"/"over 40" → value null,
 * min 41 (there is no point value, and min makes it compare as > 40); "nearly/almost 50" → value null,
 * max 49, approx; "up to/as many as 50" → value null, max 50; "about/around/roughly/some 2,500" → value 2500,
 * approx; "dozens" → value null, min 24, approx; "two dozen" → 24 approx; "between 20 and 30" → min 20, max 30.
 * Numbers written in words count only when they have a unit ("three rockets"; "one of them" is no figure).
 * Times ("5:04 PM", "5 p.m."), ordinals outside dates, and designations ("Tower 22", "F-16") are skipped.
 */

import { digitEnd } from '@/lib/text/ascii-words';
import { findDates } from '@/lib/text/date-mentions';
import { keyWords } from '@/lib/text/key-words';
import type { Figure, Span } from '@/lib/types';
import {
  appositionBefore,
  clockBefore,
  designationBefore,
  ellipsisAfter,
  ordinalAfter,
  timeAfter,
} from './number-context';
import { numberCursor, rangeAfter } from './number-scan';
import { parseNumber } from './number-words';
import { applyQualifier, qualifierBefore } from './qualifiers';
import { findUnit } from './units';

function overlaps(spans: Span[], s: number, e: number): boolean {
  return spans.some((x) => x.start < e && s < x.end);
}

/** Finds the figures in text[span.start, span.end), offsets into `text`, ordered and non-overlapping. */
export function findFigures(text: string, span: Span, publishedTime?: string | null): Figure[] {
  const start = Math.max(0, Math.min(span.start, text.length));
  const end = Math.max(start, Math.min(span.end, text.length));
  const slice = text.slice(start, end);
  const dates = findDates(text, start, end, publishedTime);
  const out: Figure[] = [...dates];
  let next = 0;
  const nextNumber = numberCursor(slice, keyWords(text, start, end));
  for (let m = nextNumber(0); m; m = nextNumber(next)) {
    const [at, matchEnd] = m;
    const raw = slice.slice(at, matchEnd);
    let numEnd = matchEnd;
    next = matchEnd;
    if (overlaps(dates, start + at, start + numEnd)) continue;
    const after = slice.slice(numEnd, numEnd + 80);
    const before = slice.slice(Math.max(0, at - 40), at);
    if (timeAfter(after) || clockBefore(before) || ordinalAfter(after)) continue;
    const n = parseNumber(raw);
    // Long bare digit runs are identifiers and timestamps, not counts.
    if (!n || (raw.length >= 7 && digitEnd(raw, 0) === raw.length)) continue;
    const qm = qualifierBefore(before);
    let bounds = applyQualifier(qm?.phrase, n);
    const range = rangeAfter(after);
    const hi = range ? parseNumber(after.slice(range[1], range[0])) : null;
    if (
      range &&
      hi?.value != null &&
      n.value !== null &&
      hi.value > n.value &&
      (hi.words === n.words || !hi.words)
    ) {
      bounds = { value: null, min: n.value, max: hi.value, approx: bounds.approx };
      numEnd += range[0];
    }
    const rest = slice.slice(numEnd, numEnd + 80);
    const found = n.currency ? { unit: n.currency, length: 0 } : findUnit(rest, before);
    let unit = found.unit;
    const digits = !n.words && !n.currency;
    if (
      unit === '' &&
      digits &&
      n.value !== null &&
      Number.isInteger(n.value) &&
      n.value >= 1900 &&
      n.value <= 2100 &&
      !raw.includes(',')
    ) {
      unit = 'year';
    }
    // "seven facilities, four in Syria and three in Iraq": an elliptical count takes the unit just stated.
    const prev = out.length ? out[out.length - 1] : null;
    if (unit === '' && prev && prev.unit !== 'date' && prev.unit !== 'year' && ellipsisAfter(rest)) {
      unit = prev.unit;
    }
    // "Samir, 24, captains": an age in apposition to a name.
    if (
      unit === '' &&
      digits &&
      appositionBefore(before) &&
      rest.charCodeAt(0) === 44 &&
      (n.value ?? 200) < 120
    ) {
      unit = 'year-old';
    }
    if (unit === '' && (n.words || (digits && designationBefore(before)))) continue;
    const figStart = qm ? at - qm.length : at;
    const figEnd = numEnd + found.length;
    next = Math.max(next, numEnd);
    out.push({
      start: start + figStart,
      end: start + figEnd,
      ...bounds,
      unit,
      text: slice.slice(figStart, figEnd),
    });
  }
  out.sort((a, b) => a.start - b.start || b.end - a.end);
  const clean: Figure[] = [];
  for (const f of out) if (!clean.length || f.start >= clean[clean.length - 1].end) clean.push(f);
  return clean;
}
