/**
 * A light English suffix stripper: enough to make "attacks", "attacked", "attacking" and "attack" one term
 * without a dictionary. Deliberately conservative; over-stemming merges unrelated words.
 */

const RULES: [RegExp, string][] = [
  [/ies$/, 'y'],
  [/([^aeiou])ied$/, '$1y'],
  [/(ss|us|is)$/, '$1'],
  [/sses$/, 'ss'],
  [/([a-z]{3})ingly$/, '$1'],
  [/([a-z]{3})edly$/, '$1'],
  [/([a-z]{3})ings?$/, '$1'],
  [/([a-z]{3})ed$/, '$1'],
  [/([a-z]{2})ers?$/, '$1'],
  [/([a-z]{3})ations?$/, '$1'],
  [/([a-z]{3})ments?$/, '$1'],
  [/([a-z]{2})s$/, '$1'],
];

const stemCache = new Map<string, string>();

/** Stem one lower-case word; results are cached because news vocabulary repeats heavily. */
export function stem(word: string): string {
  const cached = stemCache.get(word);
  if (cached !== undefined) return cached;
  let out = word;
  if (word.length > 3 && !/\d/.test(word)) {
    for (const [re, rep] of RULES) {
      if (re.test(word)) {
        out = word.replace(re, rep);
        break;
      }
    }
    // Undo doubled final consonants left by "-ed"/"-ing" ("targetted" → "target", "shipping" → "ship").
    if (out !== word && /([bdfgmnprt])\1$/.test(out)) out = out.slice(0, -1);
    if (out.endsWith('e') && out.length > 4) out = out.slice(0, -1);
  }
  if (stemCache.size < 50_000) stemCache.set(word, out);
  return out;
}
