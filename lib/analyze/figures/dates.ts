/**
 * Dates stated in a sentence, resolved to ISO days against the article's publish date where the text
 * allows: "Oct. 18", "October 17, 2023", "18 October", "on Tuesday" (the latest such weekday on or before
 * the publish date; "last Tuesday" strictly before), "yesterday", "the 17th".
 */
import type { Figure } from '@/lib/types';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH =
  '(Jan(?:uary|\\.)?|Feb(?:ruary|\\.)?|Mar(?:ch|\\.)?|Apr(?:il|\\.)?|May|June?|July?|Aug(?:ust|\\.)?|Sept?(?:ember|\\.)?|Oct(?:ober|\\.)?|Nov(?:ember|\\.)?|Dec(?:ember|\\.)?)';
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

/** One alternation per form, so a single pass finds them all in text order. */
const DATE_RE = new RegExp(
  [
    `\\b${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?(?!\\d)(?:,?\\s+(\\d{4})\\b)?`,
    `\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH}(?:,?\\s+(\\d{4})\\b)?`,
    `\\b${MONTH}\\s+(\\d{4})\\b`,
    '\\b(last\\s+)?(Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)\\b',
    '\\b(yesterday|today)\\b',
    '\\bthe\\s+(\\d{1,2})(?:st|nd|rd|th)\\b(?!\\s+(?:century|anniversary|time|floor|round|day))',
  ].join('|'),
  'g',
);

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
  return MONTHS.indexOf(name.slice(0, 3).toLowerCase());
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

function resolve(m: RegExpExecArray, pub: Ymd | null): string | undefined {
  if (m[1]) return monthDay(monthIndex(m[1]), Number(m[2]), m[3], pub);
  if (m[4]) return monthDay(monthIndex(m[5]), Number(m[4]), m[6], pub);
  if (m[7]) return undefined;
  if (m[10]) return weekday(m[10], Boolean(m[9]), pub);
  if (m[11])
    return pub ? iso(pub[0], pub[1], pub[2] - (m[11].toLowerCase() === 'yesterday' ? 1 : 0)) : undefined;
  if (m[12] && pub) {
    const day = Number(m[12]);
    return day > pub[2] ? iso(pub[0], pub[1] - 1, day) : iso(pub[0], pub[1], day);
  }
  return undefined;
}

/** Finds the dates in text[start, end) as figures with unit "date", offsets into `text`. */
export function findDates(text: string, start: number, end: number, publishedTime?: string | null): Figure[] {
  const pub = publishDay(publishedTime);
  const slice = text.slice(start, end);
  const out: Figure[] = [];
  DATE_RE.lastIndex = 0;
  for (let m = DATE_RE.exec(slice); m; m = DATE_RE.exec(slice)) {
    const date = resolve(m, pub);
    const figure: Figure = {
      start: start + m.index,
      end: start + m.index + m[0].length,
      value: null,
      min: null,
      max: null,
      approx: false,
      unit: 'date',
      text: m[0],
    };
    if (date) figure.date = date;
    out.push(figure);
  }
  return out;
}
