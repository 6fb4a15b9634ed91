/**
 * What a figure counts. The unit is the counted noun after the number, singular and normalised, skipping up
 * to three modifiers ("three US service members" → "service member").
 *
 * Casualty rule: a count of people that the sentence says were killed or wounded takes the outcome as its
 * unit, so that "20 people wounded", "wounding 20 troops" and "20 were injured" all compare as
 * 20 "wounded"; killed/dead/died/deaths → "killed", wounded/injured/hurt → "wounded". "N injuries" stays
 * "injury" (it counts injuries, not people).
 */

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
  hostage: ['hostages', 'hostage'],
  'year-old': ['-year-old', 'year-old', 'years old'],
};

const FORM_TO_UNIT = new Map<string, string>();
for (const [unit, forms] of Object.entries(UNIT_FORMS)) for (const f of forms) FORM_TO_UNIT.set(f, unit);

const FORMS = [...FORM_TO_UNIT.keys()]
  .sort((a, b) => b.length - a.length)
  .map((f) => f.replace(/[%-]/g, (c) => `\\${c}`).replace(/ /g, '\\s+'));

/** Words that end the search for a unit: a verb or function word means the noun is not the counted thing. */
const STOP =
  'were|was|are|is|be|been|have|has|had|in|on|at|to|and|or|by|from|the|for|with|said|says|who|that|which|than|as|after|before|since|during|into';

/** Unit after a number: optional "of", up to three modifiers, then a unit form. Anchored at the number's end. */
const UNIT_AFTER = new RegExp(
  `^(?:\\s+of)?(?:\\s+(?:the\\s+)?)?((?:(?!(?:${STOP})\\b)[A-Za-z][\\w'’.]*(?:-[\\w]+)*\\s+){0,3}?)(${FORMS.join('|')})(?![\\w-])`,
  'i',
);
const NEXT_FORM = new RegExp(`^\\s+(${FORMS.join('|')})(?![\\w-])`, 'i');
const AGE_AFTER = /^(?:-|\s)years?-old\b|^\s+years\s+old\b/i;

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

const OUTCOME_AFTER =
  /^(?:\s+(?:were|was|have|had|been|being|are|who|reportedly|also|later|all|sustained|suffered|minor|serious|slight|treated|for))*\s+(killed|dead|died|wounded|injured|hurt|injuries)\b/i;
const OUTCOME_BEFORE =
  /\b(killing|killed|kills|wounding|wounded|injuring|injured|injures|wounds)(?:\s+(?:at\s+least|more\s+than|some|about|nearly|almost|over|around|roughly))?\s+$/i;

/** A unit found after a number, and where the unit phrase ends (offset into the slice after the number). */
export interface UnitMatch {
  unit: string;
  /** Length of the unit phrase from the number's end, 0 when the unit was inferred from context. */
  length: number;
}

function formUnit(form: string): string {
  return FORM_TO_UNIT.get(form.toLowerCase().replace(/\s+/g, ' ')) ?? '';
}

function outcome(word: string): string {
  return /^(kill|dead|died)/i.test(word) ? 'killed' : 'wounded';
}

/**
 * Finds the unit of a number from the text right after it (`after`) and right before it (`before`),
 * applying the casualty rule.
 */
export function findUnit(after: string, before: string): UnitMatch {
  const age = AGE_AFTER.exec(after);
  if (age) return { unit: 'year-old', length: age[0].length };
  const m = UNIT_AFTER.exec(after);
  let unit = m ? formUnit(m[2]) : '';
  let length = m ? m[0].length : 0;
  // Compound nouns count the last noun: "American troops", "drone attacks", "people wounded".
  for (let k = 0; m && k < 2; k++) {
    const more = NEXT_FORM.exec(after.slice(length));
    if (!more) break;
    unit = formUnit(more[1]);
    length += more[0].length;
  }
  const pre = OUTCOME_BEFORE.exec(before);
  if (pre && (unit === '' || PEOPLE.has(unit))) return { unit: outcome(pre[1]), length };
  if (unit === '' || PEOPLE.has(unit)) {
    const post = OUTCOME_AFTER.exec(after.slice(length));
    if (post) return { unit: outcome(post[1]), length };
  }
  return { unit, length };
}
