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
import type { Figure, Span } from '@/lib/types';
import { findDates } from './dates';
import { NUMBER_SOURCE, type ParsedNumber, parseNumber } from './number-words';
import { findUnit } from './units';

const NUMBER_RE = new RegExp(`(?<![\\w.,$/:-])(?:${NUMBER_SOURCE})(?![\\w/]|[.,:]\\d)`, 'gi');
const RANGE_RE = new RegExp(`^\\s*(?:to|-|–|—|or|and)\\s*(${NUMBER_SOURCE})`, 'i');
const QUALIFIER_RE =
  /\b(at least|no fewer than|a minimum of|more than|over|upwards of|in excess of|well over|just over|nearly|almost|close to|just under|about|around|roughly|approximately|some|an estimated|estimated|up to|as many as|at most|no more than|fewer than|less than|under|between|as much as|as high as)\s+$/i;
const TIME_AFTER = /^(?::\d|\s?(?:a\.m\.|p\.m\.|am\b|pm\b|gmt\b|utc\b|et\b|est\b|edt\b|local time))/i;
const ORDINAL_AFTER = /^(?:st|nd|rd|th)\b/i;
const DESIGNATION_BEFORE = /(?:[A-Z][A-Za-z]*-|[A-Z][a-z]+\s)$/;

const ELLIPSIS_AFTER = /^\s+(?:in|from|at|on)\s/;
const AGE_APPOSITION = /[A-Z][\w'’-]*,\s$/;

type Bounds = Pick<Figure, 'value' | 'min' | 'max' | 'approx'>;

function applyQualifier(q: string | undefined, n: ParsedNumber): Bounds {
  const b: Bounds = { value: n.value, min: n.min, max: n.value, approx: n.approx };
  if (!q || n.value === null) return { ...b, max: n.value === null ? null : b.max };
  const v = n.value;
  const step = Number.isInteger(v) ? 1 : 0;
  switch (q.toLowerCase()) {
    case 'at least':
    case 'no fewer than':
    case 'a minimum of':
      return { value: v, min: v, max: null, approx: b.approx };
    case 'more than':
    case 'over':
    case 'upwards of':
    case 'in excess of':
    case 'well over':
    case 'just over':
      return { value: null, min: v + step, max: null, approx: b.approx };
    case 'nearly':
    case 'almost':
    case 'close to':
    case 'just under':
      return { value: null, min: null, max: v - step, approx: true };
    case 'up to':
    case 'as many as':
    case 'as much as':
    case 'as high as':
    case 'at most':
    case 'no more than':
      return { value: null, min: null, max: v, approx: b.approx };
    case 'fewer than':
    case 'less than':
    case 'under':
      return { value: null, min: null, max: v - step, approx: b.approx };
    case 'between':
      return b;
    default:
      return { ...b, approx: true };
  }
}

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
  NUMBER_RE.lastIndex = 0;
  for (let m = NUMBER_RE.exec(slice); m; m = NUMBER_RE.exec(slice)) {
    const at = m.index;
    let numEnd = at + m[0].length;
    if (overlaps(dates, start + at, start + numEnd)) continue;
    const after = slice.slice(numEnd, numEnd + 80);
    const before = slice.slice(Math.max(0, at - 40), at);
    if (TIME_AFTER.test(after) || /\d:$/.test(before) || ORDINAL_AFTER.test(after)) continue;
    const n = parseNumber(m[0]);
    // Long bare digit runs are identifiers and timestamps, not counts.
    if (!n || /^\d{7,}$/.test(m[0])) continue;
    const qm = QUALIFIER_RE.exec(before);
    let bounds = applyQualifier(qm?.[1], n);
    const range = RANGE_RE.exec(after);
    const hi = range ? parseNumber(range[1]) : null;
    if (
      range &&
      hi?.value != null &&
      n.value !== null &&
      hi.value > n.value &&
      (hi.words === n.words || !hi.words)
    ) {
      bounds = { value: null, min: n.value, max: hi.value, approx: bounds.approx };
      numEnd += range[0].length;
    }
    const rest = slice.slice(numEnd, numEnd + 80);
    const found = n.money ? { unit: 'USD', length: 0 } : findUnit(rest, before);
    let unit = found.unit;
    const digits = !n.words && !n.money;
    if (
      unit === '' &&
      digits &&
      n.value !== null &&
      Number.isInteger(n.value) &&
      n.value >= 1900 &&
      n.value <= 2100 &&
      !m[0].includes(',')
    ) {
      unit = 'year';
    }
    // "seven facilities, four in Syria and three in Iraq": an elliptical count takes the unit just stated.
    const prev = out.length ? out[out.length - 1] : null;
    if (unit === '' && prev && prev.unit !== 'date' && prev.unit !== 'year' && ELLIPSIS_AFTER.test(rest)) {
      unit = prev.unit;
    }
    // "Samir, 24, captains": an age in apposition to a name.
    if (unit === '' && digits && AGE_APPOSITION.test(before) && /^,/.test(rest) && (n.value ?? 200) < 120) {
      unit = 'year-old';
    }
    if (unit === '' && (n.words || (digits && DESIGNATION_BEFORE.test(before)))) continue;
    const figStart = qm ? at - qm[0].length : at;
    const figEnd = numEnd + found.length;
    NUMBER_RE.lastIndex = Math.max(NUMBER_RE.lastIndex, numEnd);
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
