/**
 * Word lists that classify the speaker phrase of an attribution: news outlets, unnamed-source heads and
 * pronouns. Outlets matter because "CNN reported" cites the outlet while "Kirby told CNN" cites Kirby.
 */

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

const OUTLET_RE = new RegExp(
  `^((?:the\\s+)?(?:${OUTLETS.map((o) => o.replace(/[.-]/g, (c) => `\\${c}`).replace(/ /g, '\\s+')).join('|')}))(?:'s)?$`,
  'i',
);

/** The outlet named by a phrase ("The New York Times", "CNN"), or null. */
export function outletName(phrase: string): string | null {
  const m = OUTLET_RE.exec(phrase.trim());
  return m ? m[1] : null;
}

/** Nouns that head an unnamed source: "a US official", "two defense officials", "sources familiar with...". */
export const UNNAMED_HEAD =
  /\b(officials?|sources?|spokes(?:man|woman|person|people)|diplomats?|aides?|analysts?|experts?|observers?|people familiar|persons? familiar|insiders?|administration|intelligence|the military|military officials?|commanders?|residents?|witnesses?|authorities|lawmakers?|negotiators?|officers?|leaders?|leadership|agencies|brokers?|traders?|investigators?|medics?|doctors?|relatives?|friends?|neighbou?rs?|families|family|workers?|activists?|critics?|rescuers?|employees?|staff)\b/i;

/** A definite description of an organisation as speaker ("the rebels", "the army"): it names the body already in the story. */
export const GROUP_ANAPHOR =
  /^(?:the|its|their)\s+(?:[a-z]+\s+)?(?:group|movement|rebels|militia|militants|army|navy|air\s+force|government|ministry|council|company|agency|police|coalition|alliance|committee|authority|commission|firm|operator|regime|junta|parliament|cabinet)$/i;

/** Generic outlet phrases: "pro-Iran media", "state-run television", "local news agency". */
export const GENERIC_OUTLET = /\b(?:media|news\s+agency|television|TV|newspaper|press|news)$/i;

/** Anaphoric subjects that continue the previous source, like a pronoun: "the report", "the statement". */
export const ANAPHORA =
  /^(?:the|this|that)\s+(?:report|statement|outlet|agency|newspaper|broadcaster|article)$/i;

/** Pronouns whose speaker is carried over from an earlier sentence. */
export const PRONOUNS: ReadonlySet<string> = new Set(['he', 'she', 'they', 'it', 'we', 'i']);
