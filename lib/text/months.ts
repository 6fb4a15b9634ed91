/**
 * The month and weekday tables every date reader shares: the extractor's dateline parser, the claim finder's
 * date mentions, the sentence splitter's abbreviations and the actor finder's never-a-name words.
 */

/** Month names, lower-case, January first. */
export const MONTH_NAMES: readonly string[] = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

/** The first three letters of each month, lower-case, January first. */
export const MONTH_ABBREVIATIONS = MONTH_NAMES.map((m) => m.slice(0, 3));

/** Month abbreviations as written before a period ("Sept."), lower-case: the three-letter ones and "sept". */
export const MONTH_SHORT_FORMS: readonly string[] = [...MONTH_ABBREVIATIONS, 'sept'];

/** Weekday names, lower-case, Sunday first (the order of `Date.getUTCDay`). */
export const WEEKDAYS: readonly string[] = [
  'sunday',
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
];

/** The month (1-12) a name or abbreviation starts with ("Sept", "october"); 0 when it names none. */
export function monthNumber(name: string): number {
  return MONTH_ABBREVIATIONS.indexOf(name.slice(0, 3).toLowerCase()) + 1;
}

/**
 * A regex source matching a written month in any case ("jan", "January", "Sept.", "sept"), its name in
 * group 1 and an optional period after it.
 */
export const MONTH_PATTERN =
  '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';

function capitalised(s: string): string {
  return s[0].toUpperCase() + s.slice(1);
}

/**
 * Written forms of each month as prose capitalises them, keyed by their first three letters, longest first:
 * the full name, the abbreviation with a period, without one ("Sept." and "September"; "Jun" and "June" but
 * no "Jun.", since news style writes June and July out).
 */
export const MONTH_FORMS: ReadonlyMap<string, readonly string[]> = new Map(
  MONTH_NAMES.map((name) => {
    const abbr = capitalised(name.slice(0, 3));
    const full = capitalised(name);
    if (full === abbr) return [abbr, [full]];
    if (name === 'june' || name === 'july') return [abbr, [full, abbr]];
    if (name === 'september') return [abbr, [full, 'Sept.', 'Sept', 'Sep.', 'Sep']];
    return [abbr, [full, `${abbr}.`, abbr]];
  }),
);
