/** Dates as publishers write them, turned into ISO 8601. */
import { MONTH_PATTERN, monthNumber } from './months';

// US zone abbreviations are what English news sites print next to a time; others fall back to UTC.
const ZONES: Record<string, string> = {
  utc: '+00:00',
  gmt: '+00:00',
  z: '+00:00',
  et: '-05:00',
  est: '-05:00',
  edt: '-04:00',
  ct: '-06:00',
  cst: '-06:00',
  cdt: '-05:00',
  mt: '-07:00',
  mst: '-07:00',
  mdt: '-06:00',
  pt: '-08:00',
  pst: '-08:00',
  pdt: '-07:00',
  bst: '+01:00',
  cet: '+01:00',
  cest: '+02:00',
};

const TIME = '(\\d{1,2})(?::(\\d{2}))?\\s*([ap])\\.?\\s?m\\.?(?:\\s+([a-z]{1,4})\\b)?';
const MDY = new RegExp(`\\b${MONTH_PATTERN}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`, 'i');
const DMY = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH_PATTERN},?\\s+(\\d{4})\\b`, 'i');
const TIME_RE = new RegExp(TIME, 'i');

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function validDay(y: number, m: number, d: number): boolean {
  if (y < 1990 || y > 2100 || m < 1 || m > 12 || d < 1) return false;
  return d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** Finds the first written date ("Oct. 18, 2023", "18 October 2023") in a line and returns it as ISO, with the time when one is next to it. */
export function parseDateLine(line: string): string | null {
  const mdy = MDY.exec(line);
  const dmy = DMY.exec(line);
  let y: number;
  let m: number;
  let d: number;
  let at: number;
  let len: number;
  if (mdy && (!dmy || mdy.index <= dmy.index)) {
    [m, d, y, at, len] = [monthNumber(mdy[1]), Number(mdy[2]), Number(mdy[3]), mdy.index, mdy[0].length];
  } else if (dmy) {
    [d, m, y, at, len] = [Number(dmy[1]), monthNumber(dmy[2]), Number(dmy[3]), dmy.index, dmy[0].length];
  } else return null;
  if (!validDay(y, m, d)) return null;
  const date = `${y}-${pad(m)}-${pad(d)}`;
  // A time counts only when it sits right next to the date, as in "Updated 5:04 PM EDT, Wed October 25, 2023".
  const near = line.slice(Math.max(0, at - 40), at + len + 40);
  const t = TIME_RE.exec(near);
  if (!t) return date;
  let hour = Number(t[1]) % 12;
  if (t[3].toLowerCase() === 'p') hour += 12;
  const minute = Number(t[2] ?? 0);
  if (minute > 59) return date;
  const zone = ZONES[(t[4] ?? '').toLowerCase()];
  if (!zone) return date;
  return new Date(`${date}T${pad(hour)}:${pad(minute)}:00${zone}`).toISOString();
}

/** A machine date (ISO, RFC 2822, or a written date) as ISO 8601; null when it cannot be read. */
export function normaliseDate(raw: string | null | undefined): string | null {
  const s = raw?.trim();
  if (!s) return null;
  if (/^\d{4}-\d{2}-\d{2}$/.test(s))
    return validDay(+s.slice(0, 4), +s.slice(5, 7), +s.slice(8, 10)) ? s : null;
  const iso = /^\d{4}-\d{2}-\d{2}[T ]\d/.test(s);
  if (iso || /^[a-z]{3},? \d{1,2} [a-z]{3} \d{4}/i.test(s)) {
    const t = Date.parse(iso ? s.replace(' ', 'T').replace(/([+-]\d{2})(\d{2})$/, '$1:$2') : s);
    if (!Number.isNaN(t)) {
      const y = new Date(t).getUTCFullYear();
      if (y >= 1990 && y <= 2100) return new Date(t).toISOString();
    }
  }
  return parseDateLine(s);
}

/** The first date line among the opening lines of a text (where bylines and datelines live). */
export function findDateInText(text: string, maxLines = 8): string | null {
  const lines = text.split(/\n+/).slice(0, maxLines);
  for (const line of lines) {
    if (line.length > 200) continue;
    const iso = parseDateLine(line);
    if (iso) return iso;
  }
  return null;
}
