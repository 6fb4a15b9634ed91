/** Turns text and profile terms into the same stemmed word sequences, so "attacks" meets "attack". */
import { stem } from '@/lib/text/stem';
import { isStopword } from '@/lib/text/stopwords';
import { wordsOf } from '@/lib/text/tokenize';

/** Stemmed words of a text, in order; "U.S." is read as "us" so it meets profile terms written "us". */
export function stemSequence(text: string): string[] {
  return wordsOf(
    text.replace(/\bU\.S\.(?=[\s,;:)'-]|$)/g, 'US').replace(/\bU\.K\.(?=[\s,;:)'-]|$)/g, 'UK'),
  ).map(stem);
}

/** A profile term as its stemmed word sequence ("US troops" → ["us", "troop"]). */
export function termStems(term: string): string[] {
  return stemSequence(term);
}

/** Content stems only (stopwords, numbers and very short words out), for profile building. */
export function contentStems(text: string): string[] {
  return wordsOf(text)
    .filter((w) => w.length >= 3 && !isStopword(w) && !/^\d/.test(w))
    .map(stem);
}

/** Word-level proper prefixes of the multi-word keys of each key set ("drone" for "drone attack"). */
const prefixCache = new WeakMap<ReadonlySet<string>, Set<string>>();

function prefixesOf(keys: ReadonlySet<string>): Set<string> {
  let prefixes = prefixCache.get(keys);
  if (!prefixes) {
    prefixes = new Set();
    for (const key of keys) {
      const words = key.split(' ');
      for (let n = 1; n < words.length; n++) prefixes.add(words.slice(0, n).join(' '));
    }
    prefixCache.set(keys, prefixes);
  }
  return prefixes;
}

/** Occurrences of each term key (stems joined by " ") among `keys`, counting 1- to 4-word phrases. */
export function countTerms(stems: string[], keys: ReadonlySet<string>, maxLen: number): Map<string, number> {
  const counts = new Map<string, number>();
  const prefixes = prefixesOf(keys);
  for (let i = 0; i < stems.length; i++) {
    let key = '';
    for (let n = 0; n < maxLen && i + n < stems.length; n++) {
      key = n === 0 ? stems[i] : `${key} ${stems[i + n]}`;
      if (keys.has(key)) counts.set(key, (counts.get(key) ?? 0) + 1);
      // No longer phrase can be a key unless this one begins one.
      if (!prefixes.has(key)) break;
    }
  }
  return counts;
}
