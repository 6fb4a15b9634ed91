/**
 * Number phrases as written in news prose ("2,500", "two dozen", "twenty-five", "1.5 million", "dozens",
 * "$1.2 billion", "40 percent") and their normalised values.
 */

/** Cardinal words by value, shared with the number scanner. */
export const ONES = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
/** "ten" to "nineteen". */
export const TEENS = [
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
];
/** "twenty" to "ninety" at their tens digit. */
export const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

const WORD_VALUE = new Map<string, number>();
for (const [i, w] of ONES.entries()) WORD_VALUE.set(w, i);
for (const [i, w] of TEENS.entries()) WORD_VALUE.set(w, 10 + i);
for (const [i, w] of TENS.entries()) if (w) WORD_VALUE.set(w, i * 10);

const SCALES: Record<string, number> = {
  hundred: 100,
  thousand: 1e3,
  million: 1e6,
  billion: 1e9,
  trillion: 1e12,
  bn: 1e9,
  m: 1e6,
};

/** Open-ended collective counts: the smallest number each one implies. */
const COLLECTIVE_MIN: Record<string, number> = {
  dozens: 24,
  scores: 40,
  hundreds: 200,
  thousands: 2000,
  'tens of thousands': 20000,
  millions: 2e6,
};

/** A parsed number phrase: a point value, or an open lower bound for collectives like "dozens". */
export interface ParsedNumber {
  value: number | null;
  min: number | null;
  approx: boolean;
  /** The currency a leading sign names ("USD" for "$", "GBP" for "£", "EUR" for "€"), else null. */
  currency: string | null;
  /** True when written in words ("three"), which matters for "one"/"a" being figures at all. */
  words: boolean;
}

const CURRENCY_SIGNS: Record<string, string> = { $: 'USD', '£': 'GBP', '€': 'EUR' };

/** Parses a number phrase found by `numberAt`. Returns null when it does not parse. */
export function parseNumber(raw: string): ParsedNumber | null {
  const s = raw.toLowerCase().replace(/\s+/g, ' ').trim();
  const currency = CURRENCY_SIGNS[s[0]] ?? null;
  const body = (currency ? s.slice(1).trim() : s).replace(/^([\d.,]+)\s?(bn|m)$/, '$1 $2');
  if (body in COLLECTIVE_MIN) {
    return { value: null, min: COLLECTIVE_MIN[body], approx: true, currency, words: true };
  }
  const dozen = /^(.+) dozen$/.exec(body);
  if (dozen) {
    const n = dozen[1] === 'a' ? 1 : dozen[1] === 'half a' ? 0.5 : wordsValue(dozen[1]);
    if (n === null) return null;
    return { value: n * 12, min: n * 12, approx: true, currency, words: true };
  }
  const parts = body.split(/[\s-]+/);
  const last = parts[parts.length - 1];
  const scale = SCALES[last] && parts.length > 1 ? SCALES[last] : 1;
  const head = scale === 1 ? body : body.slice(0, body.length - last.length).trim();
  const digits = /^[\d,]+(?:\.\d+)?$/.test(head);
  const base = digits ? Number(head.replace(/,/g, '')) : wordsValue(head);
  if (base === null || !Number.isFinite(base)) return null;
  const value = Math.round(base * scale * 1e6) / 1e6;
  return { value, min: value, approx: false, currency, words: !digits };
}

/** Value of a cardinal written in words ("twenty-five"), or null. */
function wordsValue(words: string): number | null {
  let total = 0;
  for (const w of words.split(/[\s-]+/)) {
    const v = WORD_VALUE.get(w);
    if (v === undefined) return null;
    total += v;
  }
  return total;
}
