/**
 * A light English suffix stripper: enough to make "attacks", "attacked", "attacking" and "attack" one term
 * without a dictionary. Deliberately conservative; over-stemming merges unrelated words.
 */

function isLower(c: number): boolean {
  return c >= 97 && c <= 122;
}

/** True when `word` ends with `suffix` and at least `letters` a-z letters come right before it. */
function endsAfterLetters(word: string, suffix: string, letters: number): boolean {
  if (!word.endsWith(suffix)) return false;
  const end = word.length - suffix.length;
  if (end < letters) return false;
  for (let i = end - letters; i < end; i++) if (!isLower(word.charCodeAt(i))) return false;
  return true;
}

/** Suffixes stripped after `letters` a-z letters, in the order they are tried. */
const SUFFIXES: [string, number][] = [
  ['ingly', 3],
  ['edly', 3],
  ['ings', 3],
  ['ing', 3],
  ['ed', 3],
  ['ers', 2],
  ['er', 2],
  ['ations', 3],
  ['ation', 3],
  ['ments', 3],
  ['ment', 3],
  ['s', 2],
];
/** The suffix rules by their last letter, in order, so a word only meets the rules that could apply. */
const BY_LAST = new Map<string, [string, number][]>();
for (const rule of SUFFIXES) {
  const last = rule[0][rule[0].length - 1];
  BY_LAST.set(last, [...(BY_LAST.get(last) ?? []), rule]);
}

// The rules, first match wins. They are string tests rather than a list of regexes: a dozen regexes tried
// on every new word were a large part of stemming's cost on a cold start.
function stripSuffix(word: string): string {
  const n = word.length;
  if (word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (word.endsWith('ied') && !'aeiou'.includes(word[n - 4])) return `${word.slice(0, -3)}y`;
  if (word.endsWith('ss') || word.endsWith('us') || word.endsWith('is')) return word;
  if (word.endsWith('sses')) return word.slice(0, -2);
  for (const [suffix, letters] of BY_LAST.get(word[n - 1]) ?? [])
    if (endsAfterLetters(word, suffix, letters)) return word.slice(0, -suffix.length);
  return word;
}

const DOUBLED = 'bdfgmnprt';

const stemCache = new Map<string, string>();

/** Stem one lower-case word; results are cached because news vocabulary repeats heavily. */
export function stem(word: string): string {
  const cached = stemCache.get(word);
  if (cached !== undefined) return cached;
  let out = word;
  if (word.length > 3 && !/\d/.test(word)) {
    out = stripSuffix(word);
    // Undo doubled final consonants left by "-ed"/"-ing" ("targetted" → "target", "shipping" → "ship").
    const last = out[out.length - 1];
    if (out !== word && out[out.length - 2] === last && DOUBLED.includes(last)) out = out.slice(0, -1);
    if (out.endsWith('e') && out.length > 4) out = out.slice(0, -1);
  }
  if (stemCache.size < 50_000) stemCache.set(word, out);
  return out;
}
