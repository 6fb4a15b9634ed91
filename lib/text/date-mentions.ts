/**
 * Dates stated in a sentence, resolved to ISO days against the article's publish date where the text
 * allows: "Oct. 18", "October 17, 2023", "18 October", "on Tuesday" (the latest such weekday on or before
 * the publish date; "last Tuesday" strictly before), "yesterday", "the 17th".
 */
import type { Figure } from '@/lib/types';
import { digitEnd, isD, isS, isW, spaceEnd, wordEnd } from './ascii-words';
import { DATE_WORD, DIGITS, keyWords, registerKeyWords } from './key-words';
import { MONTH_FORMS, monthNumber, WEEKDAYS } from './months';

const WEEKDAY_NAMES = new Set(WEEKDAYS.map((d) => d[0].toUpperCase() + d.slice(1)));
const SUFFIXES = new Set(['st', 'nd', 'rd', 'th']);

/** "the 5th century" is no date. */
const NOT_DAY_AFTER = ['century', 'anniversary', 'time', 'floor', 'round', 'day'];

registerKeyWords(DATE_WORD, [
  ...[...MONTH_FORMS.values()].flat().map((f) => f.replace('.', '').toLowerCase()),
  ...WEEKDAYS,
  'last',
  'yesterday',
  'today',
  'the',
]);
const OPENS = DATE_WORD | DIGITS;

/** A calendar day in UTC, as [year, month 0-11, day]. */
type Ymd = [number, number, number];

/** The publish date's calendar day, read from the ISO string itself so time zones cannot shift it. */
export function publishDay(publishedTime?: string | null): Ymd | null {
  const m = publishedTime ? /^(\d{4})-(\d{2})-(\d{2})/.exec(publishedTime) : null;
  return m ? [Number(m[1]), Number(m[2]) - 1, Number(m[3])] : null;
}

function iso(y: number, m: number, d: number): string | undefined {
  const t = new Date(Date.UTC(y, m, d));
  if (t.getUTCMonth() !== ((m % 12) + 12) % 12 && d <= 31) return undefined;
  return t.toISOString().slice(0, 10);
}

function monthIndex(name: string): number {
  return monthNumber(name) - 1;
}

/** Month and day without a year: the publish year, or the year before when that would be a month ahead. */
function monthDay(month: number, day: number, year: string | undefined, pub: Ymd | null): string | undefined {
  if (day < 1 || day > 31) return undefined;
  if (year) return iso(Number(year), month, day);
  if (!pub) return undefined;
  const y = month > pub[1] + 1 ? pub[0] - 1 : pub[0];
  return iso(y, month, day);
}

function weekday(name: string, strict: boolean, pub: Ymd | null): string | undefined {
  if (!pub) return undefined;
  const base = new Date(Date.UTC(pub[0], pub[1], pub[2]));
  let back = (base.getUTCDay() - WEEKDAYS.indexOf(name.toLowerCase()) + 7) % 7;
  if (strict && back === 0) back = 7;
  return iso(pub[0], pub[1], pub[2] - back);
}

/** The month form written at `p` and where it ends, or null. With `spaced`, white space must follow it. */
function monthAt(s: string, p: number, spaced: boolean): { month: number; end: number } | null {
  const forms = MONTH_FORMS.get(s.slice(p, p + 3));
  if (!forms) return null;
  for (const f of forms) {
    if (!s.startsWith(f, p)) continue;
    if (spaced && !isS(s.charCodeAt(p + f.length))) continue;
    return { month: monthIndex(f), end: p + f.length };
  }
  return null;
}

/** ", 2023" or " 2023" at `p`: the year and where it ends, or null. */
function yearAt(s: string, p: number): { year: string; end: number } | null {
  const k = spaceEnd(s, s.charCodeAt(p) === 44 ? p + 1 : p);
  if (k === p || !isS(s.charCodeAt(k - 1))) return null;
  if (digitEnd(s, k) - k < 4 || isW(s.charCodeAt(k + 4))) return null;
  return { year: s.slice(k, k + 4), end: k + 4 };
}

/** End of an ordinal suffix ("st", "nd", "rd", "th") at `p`, or `p` when there is none. */
function suffixEnd(s: string, p: number): number {
  return SUFFIXES.has(s.slice(p, p + 2)) ? p + 2 : p;
}

/** A date at the word [p, runEnd): where it ends and the ISO day it resolves to, if any. */
function dateAt(
  s: string,
  p: number,
  runEnd: number,
  pub: Ymd | null,
): { end: number; date?: string } | null {
  const c = s.charCodeAt(p);
  if (isD(c)) {
    // "18 October", "18th Oct. 2023".
    const d = digitEnd(s, p);
    if (d - p > 2) return null;
    const sfx = suffixEnd(s, d);
    const k = spaceEnd(s, sfx);
    const m = k > sfx ? monthAt(s, k, false) : null;
    if (!m) return null;
    const y = yearAt(s, m.end);
    return { end: y?.end ?? m.end, date: monthDay(m.month, Number(s.slice(p, d)), y?.year, pub) };
  }
  const word = s.slice(p, runEnd);
  const m = monthAt(s, p, true);
  if (m) {
    const k = spaceEnd(s, m.end);
    const d = digitEnd(s, k);
    // "Oct. 18", "October 17, 2023"; the day may carry a suffix unless a digit follows it.
    if (d - k >= 1 && d - k <= 2) {
      const sfx = suffixEnd(s, d);
      const dayEnd = isD(s.charCodeAt(sfx)) ? d : sfx;
      const y = yearAt(s, dayEnd);
      return { end: y?.end ?? dayEnd, date: monthDay(m.month, Number(s.slice(k, d)), y?.year, pub) };
    }
    // "October 2023" names a month, not a day.
    if (d - k === 4 && !isW(s.charCodeAt(d))) return { end: d };
  }
  if (word === 'last' && isS(s.charCodeAt(p + 4))) {
    const k = spaceEnd(s, p + 4);
    const day = s.slice(k, wordEnd(s, k));
    return WEEKDAY_NAMES.has(day) ? { end: k + day.length, date: weekday(day, true, pub) } : null;
  }
  if (WEEKDAY_NAMES.has(word)) return { end: p + word.length, date: weekday(word, false, pub) };
  if (word === 'yesterday' || word === 'today') {
    const date = pub ? iso(pub[0], pub[1], pub[2] - (word === 'yesterday' ? 1 : 0)) : undefined;
    return { end: p + word.length, date };
  }
  if (word === 'the' && isS(s.charCodeAt(p + 3))) {
    // "the 17th", but not "the 5th century".
    const k = spaceEnd(s, p + 3);
    const d = digitEnd(s, k);
    const end = d + 2;
    if (d - k < 1 || d - k > 2 || suffixEnd(s, d) !== end || isW(s.charCodeAt(end))) return null;
    const next = spaceEnd(s, end);
    if (next > end && NOT_DAY_AFTER.some((w) => s.startsWith(w, next))) return null;
    const day = Number(s.slice(k, d));
    const date = pub ? (day > pub[2] ? iso(pub[0], pub[1] - 1, day) : iso(pub[0], pub[1], day)) : undefined;
    return { end, date };
  }
  return null;
}

/** Finds the dates in text[start, end) as figures with unit "date", offsets into `text`. */
export function findDates(text: string, start: number, end: number, publishedTime?: string | null): Figure[] {
  const pub = publishDay(publishedTime);
  const slice = text.slice(start, end);
  const out: Figure[] = [];
  let from = 0;
  // Every form opens with a digit run or a date word, so only those words are tried.
  for (const w of keyWords(text, start, end)) {
    if (w.start < from || (w.roles & OPENS) === 0) continue;
    const m = dateAt(slice, w.start, w.end, pub);
    if (!m) continue;
    const figure: Figure = {
      start: start + w.start,
      end: start + m.end,
      value: null,
      min: null,
      max: null,
      approx: false,
      unit: 'date',
      text: slice.slice(w.start, m.end),
    };
    if (m.date) figure.date = m.date;
    out.push(figure);
    from = m.end;
  }
  return out;
}
