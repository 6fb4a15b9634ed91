/**
 * Word lists that classify the speaker phrase of an attribution: news outlets, unnamed-source heads and
 * pronouns. Outlets matter because "CNN reported" cites the outlet while "Kirby told CNN" cites Kirby.
 */
import { isS, isW, lowerWordAt, wordEnd } from '@/lib/text/ascii-words';

/** Outlet names as written, matched whole; lexicon actors of type "media" are recognised as well. */
const OUTLETS = [
  'CNN',
  'NBC News',
  'NBC',
  'ABC News',
  'ABC',
  'CBS News',
  'CBS',
  'Fox News',
  'MSNBC',
  'NPR',
  'PBS',
  'The New York Times',
  'New York Times',
  'The Washington Post',
  'Washington Post',
  'The Wall Street Journal',
  'Wall Street Journal',
  'Reuters',
  'The Associated Press',
  'Associated Press',
  'AP',
  'AFP',
  'Agence France-Presse',
  'Bloomberg',
  'Axios',
  'Politico',
  'The Guardian',
  'BBC',
  'Al Jazeera',
  'Al-Jazeera',
  'Al Arabiya',
  'Al-Monitor',
  'The Times of Israel',
  'Times of Israel',
  'Haaretz',
  'IRNA',
  'Tasnim',
  'Fars',
  'Press TV',
  'Al Mayadeen',
  'The Hill',
  'The Atlantic',
  'Financial Times',
  'The Economist',
  'Defense One',
  'Military Times',
  'Breaking Defense',
  'state media',
  'state television',
  'state TV',
  'local media',
];

/**
 * Outlet names folded for lookup: lower case, white space runs as one space. A set rather than one
 * alternation regex, which cost more to compile on first use than every lookup an article makes.
 */
const OUTLET_KEYS = new Set(OUTLETS.map((o) => o.toLowerCase()));

/** Lower-cases ASCII and folds white space runs to one space; null when a non-ASCII character remains. */
function outletKey(s: string): string | null {
  let out = '';
  let i = 0;
  while (i < s.length) {
    const c = s.charCodeAt(i);
    if (isS(c)) {
      out += ' ';
      while (i < s.length && isS(s.charCodeAt(i))) i++;
      continue;
    }
    // Outlet names are ASCII, and a case-insensitive match never pairs ASCII with anything else.
    if (c > 127) return null;
    out += String.fromCharCode(c >= 65 && c <= 90 ? c + 32 : c);
    i++;
  }
  return out;
}

function isOutletKey(key: string): boolean {
  return OUTLET_KEYS.has(key) || (key.startsWith('the ') && OUTLET_KEYS.has(key.slice(4)));
}

/** The outlet named by a phrase ("The New York Times", "CNN", "CNN's"), as written, or null. */
export function outletName(phrase: string): string | null {
  const body = phrase.trim();
  const key = outletKey(body);
  if (key === null) return null;
  if (key.endsWith("'s") && isOutletKey(key.slice(0, -2))) return body.slice(0, -2);
  return isOutletKey(key) ? body : null;
}

/** Head nouns of unnamed sources, as whole words ("official", "sources", "spokeswoman"). */
const UNNAMED_HEADS = new Set(
  `official officials source sources spokesman spokeswoman spokesperson spokespeople diplomat diplomats aide
aides analyst analysts expert experts observer observers insider insiders administration intelligence commander
commanders resident residents witnesses authorities lawmaker lawmakers negotiator negotiators officer officers
leader leaders leadership agencies broker brokers trader traders investigator investigators medic medics doctor
doctors relative relatives friend friends neighbor neighbors neighbour neighbours families family worker workers
activist activists critic critics rescuer rescuers employee employees staff operator operators owner owners
manager managers`.split(/\s+/),
);
/** Two-word heads by their first word: "people familiar", "the military", "military officials". */
const UNNAMED_PAIRS = new Map<string, string[]>([
  ['people', ['familiar']],
  ['person', ['familiar']],
  ['persons', ['familiar']],
  ['the', ['military']],
  ['military', ['official', 'officials']],
]);

/**
 * Where the first noun that heads an unnamed source starts in a phrase ("a US official", "two defense
 * officials", "sources familiar with..."), or -1.
 */
export function unnamedHeadIndex(phrase: string): number {
  let i = 0;
  while (i < phrase.length) {
    if (!isW(phrase.charCodeAt(i))) {
      i++;
      continue;
    }
    const e = wordEnd(phrase, i);
    const w = phrase.slice(i, e).toLowerCase();
    if (UNNAMED_HEADS.has(w)) return i;
    const second = UNNAMED_PAIRS.get(w);
    if (second && phrase.charCodeAt(e) === 32 && second.includes(lowerWordAt(phrase, e + 1))) return i;
    i = e;
  }
  return -1;
}

/** Pronouns whose speaker is carried over from an earlier sentence. */
export const PRONOUNS: ReadonlySet<string> = new Set(['he', 'she', 'they', 'it', 'we', 'i']);
