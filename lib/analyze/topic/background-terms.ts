/**
 * Words common to news of every kind. A story profile built from a few articles must not be driven by them,
 * so their contrast weight is cut. Stems, matching `stem` output.
 */
import { MONTH_NAMES, WEEKDAYS } from '@/lib/text/months';
import { stem } from '@/lib/text/stem';

const WORDS = `people government official officials president country countries state states world news report
reports reported reporting statement statements week weeks month months year years time times day days first second
third last next new old former group groups part public national international local city region area areas number
numbers percent million billion thousand hundred many several including include includes make made take taken give
given come came going know known think thought show shows shown use used using work working help need needs want
wants call called calls told tell says said saying according added asked spokesman spokeswoman spokesperson press
conference minister ministry leader leaders party member members support supported issue issues policy plan plans
political politics power case cases week end start started begin began continue continued remain remained move
moved world-wide early late recent recently long short high low large small big major important key clear likely
possible told interview media story article information data source sources situation effort efforts result results
change changes concern concerns decision decisions process level levels point points way ways side sides set
comment comments question questions today yesterday tomorrow morning evening night
home house family families life lives man men woman women child children company companies business market
economy money cost costs price prices school health service services system systems law laws right rights
meeting meetings talk talks deal deals agreement announced announce announcement expected expect including
however although among amid across around within without`;

/** The background stems. */
export const BACKGROUND_STEMS: ReadonlySet<string> = new Set(
  // "may" is left out: as a modal verb it is no sign of a generic story.
  [...WORDS.split(/\s+/).filter(Boolean), ...WEEKDAYS, ...MONTH_NAMES.filter((m) => m !== 'may')].map(stem),
);
