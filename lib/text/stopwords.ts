/** English function words and very common words: never content terms, never names on their own. */

const WORDS = `a about above according across actually after afterwards again against ago ahead all almost alone along
already also although always am among amid an and another any anyone anything are around as at away back be became
because become been before began behind being below beside besides between beyond both but by can cannot could did
do does doing done down during each earlier either else elsewhere enough even ever every everyone everything except
few first for former from further furthermore had has have having he hence her here hers herself him himself his how
however i if in including indeed instead into is it its itself just last later latest least less let like likely
made many may maybe me meanwhile might more moreover most mostly much must my myself namely neither never
nevertheless new next no nobody none nor not nothing now of off often on once one only onto or other others otherwise
our ours ourselves out over own per perhaps rather really recently same several she should since so some somehow
someone something sometimes soon still such than that the their theirs them themselves then there thereafter
therefore these they this those though through throughout thus to together too toward towards under unless until up
upon us very via was we well were what whatever when whenever where whereas whether which while who whoever whole
whom whose why will with within without would yet you your yours yourself yourselves said says say told tell asked
added noted stated according mr mrs ms dr also would could should yes oh okay today tomorrow yesterday week weeks
month months year years day days time times`;

/** The stopword set (lower-case). */
export const STOPWORDS: ReadonlySet<string> = new Set(WORDS.split(/\s+/).filter(Boolean));

/** True for a lower-case function word or very common word. */
export function isStopword(word: string): boolean {
  return STOPWORDS.has(word);
}
