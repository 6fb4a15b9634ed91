/** Word lists that decide whether a capitalised phrase is a name, what kind, and which words are titles. */
import { MONTH_NAMES, MONTH_SHORT_FORMS, WEEKDAYS } from '@/lib/text/months';

const set = (s: string): ReadonlySet<string> => new Set(s.split(/\s+/).filter(Boolean));

/** Titles and role words (lower-case) stripped from the front of a person's name and kept as the role. */
export const TITLE_WORDS =
  set(`president vice secretary minister prime foreign defense defence interior deputy general
gen brig lt maj col colonel adm admiral sgt sergeant capt captain commander cmdr lieutenant major private corporal
spokesperson spokesman spokeswoman ambassador envoy senator sen rep representative gov governor king queen prince
princess crown sheikh shaykh ayatollah imam cleric mr mrs ms dr pope chief director chairman chairwoman chair speaker
leader mayor judge justice press official head attorney state national security adviser advisor counselor
commissioner undersecretary assistant acting former late supreme top senior army navy air force marine special
spokesperson-general secretary-general inspector auditor ombudsman emir sultan president-elect ceo founder analyst professor prof correspondent
reporter editor brigadier specialist airman seaman petty warrant staff councillor councilor councilman councilwoman
alderman alderwoman assemblyman assemblywoman congressman congresswoman presidents senators sens reps
representatives generals gens ministers secretaries governors ambassadors majority minority whip communications
officer officers`);

/** Connector words allowed inside a capitalised name ("Abu Mahdi al-Muhandis", "Army of ..."). */
export const NAME_PARTICLES = set('al el bin ibn bint abu umm de du da di van von der den la le del y');

/** Words that may be followed by "of (the)" inside an organisation or place name. */
export const OF_HEADS =
  set(`ministry department secretary army bank university council league republic institute office
house kingdom state states union museum college school court board federation party front movement brigades brigade
battalion battalions corps guardians committee organization organisation association society commission chamber
center centre academy bureau agency authority province city governorate sons soldiers partisans people martyrs
companies company coalition assembly alliance government district region gulf bay strait sea isle island islands
lake port mount`);

/** Last words that make a phrase an armed group. */
export const ARMED_HEADS =
  set(`brigades brigade battalions battalion resistance militia militias front mujahideen
fighters guardians martyrs legion legions hezbollah hizballah hizbullah jihad insurgents rebels partisans squadrons
regiment commandos`);

/** First words that make a phrase an armed group (transliterated Arabic and Persian unit names). */
export const ARMED_PREFIXES = set('kataib kataeb saraya liwa harakat jaysh jaish ansar asaib faylaq');

/** Last words that make a phrase an organisation. */
export const ORG_HEADS =
  set(`ministry council agency corps forces force group party university institute department
committee commission organization organisation authority bank company corporation inc ltd llc association union
federation court office bureau foundation center centre service services command navy army guard police parliament
assembly senate coalition alliance movement network society academy school college hospital administration
directorate cabinet government embassy consulate mission directorate secretariat staff reserve operations division
fleet squadron intelligence maritime shipping holdings logistics plc gmbh partners capital insurance analytics`);

/** Last words that make a phrase a place. */
export const PLACE_HEADS =
  set(`province city base governorate district region valley river mountains mountain airport
port island islands strait sea gulf bay lake county street square village field desert heights peninsula crossing
border town camp garrison outpost compound airbase oasis plain plains hills canal coast ocean beach dam
bridge plant refinery mine pipeline stadium palace prison checkpoint
harbour harbor park road roads highway motorway expressway freeway avenue boulevard tunnel interstate route`);

/** First words of a road's name before its number: "Interstate 95", "Route 66", "Highway 1". */
export const ROAD_WORDS = set('interstate route highway motorway');

/** Words anywhere in a phrase that make it a news outlet. */
export const MEDIA_WORDS =
  set(`news times post press tv television radio journal gazette herald tribune daily telegraph
chronicle broadcasting broadcaster channel magazine wire media newspaper`);

/** Months, days and other capitalised words that are never names on their own. */
export const NEVER_NAMES: ReadonlySet<string> = new Set([
  ...MONTH_NAMES,
  ...MONTH_SHORT_FORMS,
  ...WEEKDAYS,
  ...set(`i i'm mr mrs ms dr god allah none several`),
]);

/** Words that make a capitalised phrase an event, document, product or idea rather than an actor. */
export const NON_ACTOR_WORDS =
  set(`rights spring summer winter autumn war wars bill act law laws day week travel tag packet
action browser award prize cup festival summit treaty accord plan program programme project index report era age
olympics games championship tournament election elections revolution crisis conference protocol doctrine
initiative strategy policy agreement deal`);

/** Cue words before a capitalised phrase that mark a location. "from" is left out: "from Tony Abbott's office". */
export const PLACE_CUES = set(
  'in at near outside inside into across toward towards around northern southern eastern western central',
);

/** The female first names among FIRST_NAMES, so that "she said" is not read as a man's words (and "he" as a woman's). */
export const FEMALE_FIRST_NAMES =
  set(`mary patricia jennifer linda elizabeth barbara susan jessica sarah karen nancy lisa betty margaret sandra
ashley kimberly emily donna michelle dorothy carol amanda melissa deborah stephanie rebecca sharon laura
cynthia kathleen amy shirley angela helen anna brenda pamela nicole emma samantha katherine christine debra
rachel catherine carolyn janet ruth maria heather diane virginia julie joyce victoria olivia kelly christina
lauren joan evelyn judith megan cheryl andrea hannah martha jacqueline frances gloria ann teresa kathryn sara
janice jean alice madison doris abigail julia judy grace denise amber marilyn beverly danielle theresa sophia
marie diana brittany natalie isabella charlotte rose alexis kayla sabrina karine tulsi avril kamala fatima
zainab maryam leila layla narges shirin yasmin naledi giorgia hillary dianne`);

/** Common first names (lower-case), including Arabic and Persian ones frequent in this story's reporting. */
export const FIRST_NAMES: ReadonlySet<string> = new Set([
  ...set(`john james robert michael william david richard joseph thomas charles christopher daniel matthew anthony mark
donald steven paul andrew joshua kenneth kevin brian george timothy ronald edward jason jeffrey ryan jacob
gary nicholas eric jonathan stephen larry justin scott brandon benjamin samuel gregory frank alexander raymond
patrick jack dennis jerry tyler aaron jose adam nathan henry douglas zachary peter kyle walter ethan jeremy
harold keith christian roger noah gerald carl terry sean austin arthur lawrence jesse dylan bryan joe jordan
billy bruce albert willie gabriel logan alan juan wayne roy ralph randy eugene vincent russell elijah louis
bobby philip johnny bill lloyd pete antony marco pat jake mike lindsey tom chuck mitch hakeem kim ali mohammed
mohammad muhammad mohamed ahmed ahmad hassan hussein hossein husayn abdul abdullah abdel omar umar khalid
khaled mahmoud mustafa mostafa ibrahim ebrahim youssef yusuf ismail esmail qasem qassem jafar javad masoud
mahmoud hamid reza mehdi mahdi saeed saeid majid nasser naser amir abbas ayman fuad faisal hadi qais akram
muqtada nouri haider hayder adel karim kareem tariq tarek walid waleed yahya salman tamim naim hamza zaid ziad
rami sami fadi bashar maher rashid latif vladimir sergey sergei xi recep emmanuel olaf keir rishi volodymyr
benjamin yoav isaac naftali yair avigdor itamar bezalel antonio rafael jens boris dmitry alexei igor viktor
andrzej pedro luiz lula jair narendra shehbaz imran yoon fumio justin anthony`),
  ...FEMALE_FIRST_NAMES,
]);

/** "f", "m" or null (unknown) for a person's name, from its first word. */
export function nameGender(name: string): 'f' | 'm' | null {
  const first = name.split(/\s+/)[0]?.toLowerCase() ?? '';
  if (FEMALE_FIRST_NAMES.has(first)) return 'f';
  return FIRST_NAMES.has(first) ? 'm' : null;
}

/** True when the lower-case word is a title or role word. */
export function isTitleWord(lower: string): boolean {
  return TITLE_WORDS.has(lower);
}
