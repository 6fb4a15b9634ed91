/**
 * Word-level text helpers the comparison engine shares: tokenising, a stoplist and a light stemmer, so two
 * reports are compared on the same terms whatever the analyser's own fingerprint looks like.
 */

const STOPWORDS = new Set(
  (
    'a about above after again against all also am an and any are as at be because been before being below ' +
    'between both but by can could did do does doing down during each even ever every few for from further ' +
    'had has have having he her here hers him his how i if in into is it its itself just may might more most ' +
    'much must my no nor not now of off on once only or other our ours out over own same she should so some ' +
    'such than that the their theirs them then there these they this those through to too under until up upon ' +
    'us very was we were what when where which while who whom why will with would yet you your said says say ' +
    'told according one two three new last week monday tuesday wednesday thursday friday saturday sunday ' +
    'mr ms dr s t don'
  ).split(' '),
);

/** Lower-case word tokens (letters, digits, inner hyphens and apostrophes dropped). */
export function words(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** A light English suffix stripper: enough to meet "attacks"/"attacked"/"attacking" at "attack". */
export function stem(word: string): string {
  if (word.length <= 4) return word.endsWith('s') && word.length > 3 ? word.slice(0, -1) : word;
  for (const [suffix, keep] of SUFFIXES) {
    if (word.endsWith(suffix) && word.length - suffix.length >= 3)
      return word.slice(0, -suffix.length) + keep;
  }
  return word;
}

const SUFFIXES: [string, string][] = [
  ['ations', 'ate'],
  ['ation', 'ate'],
  ['ingly', ''],
  ['ities', 'ity'],
  ['ies', 'y'],
  ['ing', ''],
  ['ied', 'y'],
  ['ed', ''],
  ['ly', ''],
  ['es', 'e'],
  ['s', ''],
];

/** True for words the comparison ignores. */
export function isStopword(word: string): boolean {
  return STOPWORDS.has(word);
}

/** Content terms of a text: stopwords out, numbers kept, stemmed. */
export function contentTerms(text: string): string[] {
  const out: string[] = [];
  for (const w of words(text)) {
    if (w.length < 2 || STOPWORDS.has(w)) continue;
    out.push(stem(w));
  }
  return out;
}

/** Splits a text into sentences on terminal punctuation, keeping abbreviations like "U.S." whole. */
export function sentences(text: string): string[] {
  const out: string[] = [];
  for (const block of text.split(/\n+/)) {
    const parts = block.match(/[^.!?]+(?:[.!?]+["”’)]*|$)/g) ?? [];
    let carry = '';
    for (const p of parts) {
      const joined = carry + p;
      // "U.S." / "Oct." end on a short capitalised token: glue them to the next part.
      if (/\b(?:[A-Z]|[A-Z][a-z]{1,2}|U\.S|U\.N)\.$/.test(joined.trim())) {
        carry = joined;
        continue;
      }
      carry = '';
      if (joined.trim()) out.push(joined.trim());
    }
    if (carry.trim()) out.push(carry.trim());
  }
  return out;
}

/** Lower-case words of a text used for wording comparisons (stopwords kept: wording is the point). */
export function wordingTokens(text: string): string[] {
  return words(text.replace(/[’']/g, ''));
}
