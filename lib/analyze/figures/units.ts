/**
 * What a figure counts. The unit is the counted noun after the number, singular and normalised, skipping up
 * to three modifiers ("three US service members" → "service member").
 *
 * Casualty rule: a count of people that the sentence says were killed or wounded takes the outcome as its
 * unit, so that "20 people wounded", "wounding 20 troops" and "20 were injured" all compare as
 * 20 "wounded"; killed/dead/died/deaths → "killed", wounded/injured/hurt → "wounded". "N injuries" stays
 * "injury" (it counts injuries, not people).
 */
import { ageAfter, outcomeAfter, outcomeBefore } from './outcomes';

const UNIT_FORMS: Record<string, string[]> = {
  troop: ['troops', 'troop'],
  soldier: ['soldiers', 'soldier'],
  'service member': [
    'service members',
    'service member',
    'servicemembers',
    'servicemember',
    'service personnel',
  ],
  personnel: ['personnel'],
  rocket: ['rockets', 'rocket'],
  drone: ['drones', 'drone'],
  missile: ['missiles', 'missile'],
  attack: ['attacks', 'attack'],
  strike: ['strikes', 'strike', 'airstrikes', 'airstrike', 'air strikes', 'air strike'],
  target: ['targets', 'target'],
  base: ['bases', 'base'],
  facility: ['facilities', 'facility'],
  site: ['sites', 'site'],
  location: ['locations', 'location'],
  person: ['people', 'persons', 'person'],
  civilian: ['civilians', 'civilian'],
  militant: ['militants', 'militant'],
  fighter: ['fighters', 'fighter'],
  member: ['members', 'member'],
  american: ['americans'],
  sailor: ['sailors', 'sailor'],
  marine: ['marines', 'marine'],
  contractor: ['contractors', 'contractor'],
  casualty: ['casualties', 'casualty'],
  killed: ['deaths', 'death', 'fatalities', 'fatality', 'dead', 'killed'],
  wounded: ['wounded', 'injured'],
  injury: ['injuries', 'injury'],
  aircraft: ['aircraft', 'jets', 'jet', 'bombers', 'bomber', 'fighter jets', 'warplanes', 'warplane'],
  ship: ['warships', 'warship', 'ships', 'ship', 'vessels', 'vessel', 'destroyers', 'destroyer'],
  'carrier strike group': ['carrier strike groups', 'carrier strike group'],
  group: ['groups', 'group', 'militias', 'militia'],
  country: ['countries', 'country', 'nations', 'nation'],
  incident: ['incidents', 'incident'],
  projectile: ['projectiles', 'projectile', 'munitions', 'munition', 'weapons', 'weapon', 'bombs', 'bomb'],
  time: ['times'],
  minute: ['minutes', 'minute'],
  hour: ['hours', 'hour'],
  day: ['days', 'day'],
  week: ['weeks', 'week'],
  month: ['months', 'month'],
  year: ['years', 'year'],
  mile: ['miles', 'mile'],
  kilometer: ['kilometers', 'kilometres', 'kilometer', 'kilometre', 'km'],
  percent: ['percent', 'per cent', '%'],
  USD: ['dollars'],
  EUR: ['euros'],
  hostage: ['hostages', 'hostage'],
  'year-old': ['-year-old', 'year-old', 'years old'],
};

const FORM_TO_UNIT = new Map<string, string>();
for (const [unit, forms] of Object.entries(UNIT_FORMS)) for (const f of forms) FORM_TO_UNIT.set(f, unit);

/** Words that end the search for a unit: a verb or function word means the noun is not the counted thing. */
const ENDS_UNIT_SEARCH = new Set(
  'were|was|are|is|be|been|have|has|had|in|on|at|to|and|or|by|from|the|for|with|said|says|who|that|which|than|as|after|before|since|during|into'.split(
    '|',
  ),
);

// Units are looked up in a map word by word rather than with one regex over every form: a regex that large
// costs tens of milliseconds to compile on first use, which is most of the analysis's cold start.
const isWordChar = (c: number) =>
  (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
const isFormChar = (c: number) =>
  isWordChar(c) || c === 32 || c === 9 || c === 10 || c === 45 || c === 37 || c === 39 || c === 0x2019;
const isSpaceChar = (c: number) => c === 32 || c === 9 || c === 10 || c === 13 || c === 160;
const MODIFIER = /[A-Za-z][\w'’.]*(?:-\w+)*/y;
const LEADING_LETTERS = /^[A-Za-z]+/;

function skipSpace(s: string, pos: number): number {
  let p = pos;
  while (p < s.length && isSpaceChar(s.charCodeAt(p))) p++;
  return p;
}

/** The longest unit form starting exactly at `pos`, ending at a word boundary. */
function formAt(s: string, pos: number): { unit: string; end: number } | null {
  let limit = pos;
  while (limit < s.length && limit - pos < 40 && isFormChar(s.charCodeAt(limit))) limit++;
  for (let end = limit; end > pos; end--) {
    const next = s.charCodeAt(end);
    if (end < s.length && (isWordChar(next) || next === 45)) continue;
    if (isSpaceChar(s.charCodeAt(end - 1))) continue;
    const unit = FORM_TO_UNIT.get(s.slice(pos, end).toLowerCase().replace(/\s+/g, ' '));
    if (unit) return { unit, end };
  }
  return null;
}

function endsUnitSearch(word: string): boolean {
  const letters = LEADING_LETTERS.exec(word)?.[0] ?? '';
  const after = word.charCodeAt(letters.length);
  return ENDS_UNIT_SEARCH.has(letters.toLowerCase()) && !(isWordChar(after) && after > 0);
}

const US_DOLLAR_MARKS = new Set(['us', 'u.s.', 'american', 'usd']);

/**
 * The currency of "dollars" after modifiers: US dollars unless a name qualifies them ("Hong Kong dollars",
 * "Canadian dollars"), which keeps that name as the unit rather than counting them as US dollars.
 */
function dollarsOf(modifiers: string): string {
  const named = modifiers
    .split(/\s+/)
    .filter((w) => /^[A-Z]/.test(w) && !US_DOLLAR_MARKS.has(w.toLowerCase()));
  return named.length ? `${named.join(' ')} dollars` : 'USD';
}

/** Unit after a number: optional "of", optional "the", up to three modifiers, then a unit form. */
function unitAfter(after: string): { unit: string; length: number } | null {
  let pos = 0;
  const ofAt = skipSpace(after, 0);
  if (
    ofAt > 0 &&
    after.slice(ofAt, ofAt + 2).toLowerCase() === 'of' &&
    !isWordChar(after.charCodeAt(ofAt + 2))
  )
    pos = ofAt + 2;
  const spaced = skipSpace(after, pos);
  if (spaced > pos) {
    pos = spaced;
    if (/^the\s/i.test(after.slice(pos, pos + 4))) pos = skipSpace(after, pos + 3);
  }
  const modsFrom = pos;
  for (let k = 0; k <= 3; k++) {
    const form = formAt(after, pos);
    if (form?.unit === 'USD' && pos > modsFrom) {
      return { unit: dollarsOf(after.slice(modsFrom, pos).trim()), length: form.end };
    }
    if (form) return { unit: form.unit, length: form.end };
    MODIFIER.lastIndex = pos;
    const mod = MODIFIER.exec(after);
    if (!mod || endsUnitSearch(mod[0])) return null;
    const next = skipSpace(after, pos + mod[0].length);
    if (next === pos + mod[0].length) return null;
    pos = next;
  }
  return null;
}

/** A further unit form right after a unit ("drone attacks"), or null. */
function nextForm(s: string): { unit: string; length: number } | null {
  const pos = skipSpace(s, 0);
  if (pos === 0) return null;
  const form = formAt(s, pos);
  return form ? { unit: form.unit, length: form.end } : null;
}

const PEOPLE = new Set([
  'troop',
  'soldier',
  'service member',
  'personnel',
  'person',
  'civilian',
  'american',
  'sailor',
  'marine',
  'contractor',
  'member',
  'fighter',
  'militant',
]);

/** A unit found after a number, and where the unit phrase ends (offset into the slice after the number). */
export interface UnitMatch {
  unit: string;
  /** Length of the unit phrase from the number's end, 0 when the unit was inferred from context. */
  length: number;
}

/**
 * Finds the unit of a number from the text right after it (`after`) and right before it (`before`),
 * applying the casualty rule.
 */
export function findUnit(after: string, before: string): UnitMatch {
  const age = ageAfter(after);
  if (age >= 0) return { unit: 'year-old', length: age };
  const m = unitAfter(after);
  let unit = m?.unit ?? '';
  let length = m?.length ?? 0;
  // Compound nouns count the last noun: "American troops", "drone attacks", "people wounded".
  for (let k = 0; m && k < 2; k++) {
    const more = nextForm(after.slice(length));
    if (!more) break;
    unit = more.unit;
    length += more.length;
  }
  // Casualty rule: a count of people killed or wounded takes the outcome as its unit.
  const pre = outcomeBefore(before);
  if (pre && (unit === '' || PEOPLE.has(unit))) return { unit: pre, length };
  if (unit === '' || PEOPLE.has(unit)) {
    // Fillers may stand between the count and its outcome: "34 others were injured".
    const post = outcomeAfter(after.slice(length));
    if (post) return { unit: post, length };
  }
  return { unit, length };
}
