/**
 * Near-duplicate detection: MinHash signatures over word shingles, banded for LSH lookup through a
 * multiEntry index, and exact shingle Jaccard to confirm a candidate.
 */
import { words } from '@/lib/text/terms';

/** Number of MinHash values in a signature. */
export const SIGNATURE_SIZE = 64;
/** Rows per LSH band: 16 bands of 4 make pairs at Jaccard 0.9 collide almost surely, pairs at 0.3 rarely. */
export const BAND_ROWS = 4;
/** Words per shingle. */
export const SHINGLE_WORDS = 3;

/** FNV-1a 32-bit hash of a string. */
export function hash32(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

// Murmur3's finaliser: spreads one base hash into independent-looking hash functions cheaply.
function fmix32(x: number): number {
  let h = x;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

const SEEDS = Array.from({ length: SIGNATURE_SIZE }, (_, i) => fmix32(0x9e3779b9 + i * 0x632be5ab));

/** Hashes of the word shingles of a text (a set). */
export function shingleHashes(text: string): Set<number> {
  const list = words(text);
  const out = new Set<number>();
  if (list.length < SHINGLE_WORDS) {
    if (list.length) out.add(hash32(list.join(' ')));
    return out;
  }
  for (let i = 0; i + SHINGLE_WORDS <= list.length; i++) {
    out.add(hash32(list.slice(i, i + SHINGLE_WORDS).join(' ')));
  }
  return out;
}

/** MinHash signature of a text. */
export function minHash(text: string): number[] {
  const sig = new Array<number>(SIGNATURE_SIZE).fill(0xffffffff);
  for (const h of shingleHashes(text)) {
    for (let i = 0; i < SIGNATURE_SIZE; i++) {
      const v = fmix32(h ^ SEEDS[i]);
      if (v < sig[i]) sig[i] = v;
    }
  }
  return sig;
}

/** LSH band keys of a signature, for the `lshBands` multiEntry index. */
export function lshBands(signature: number[]): string[] {
  const bands: string[] = [];
  for (let b = 0; b * BAND_ROWS < signature.length; b++) {
    const rows = signature.slice(b * BAND_ROWS, (b + 1) * BAND_ROWS).join(',');
    bands.push(`${b}:${hash32(rows).toString(36)}`);
  }
  return bands;
}

/** Jaccard similarity estimated from two signatures. */
export function estimatedJaccard(a: number[], b: number[]): number {
  if (a.length !== b.length || a.length === 0) return 0;
  let same = 0;
  for (let i = 0; i < a.length; i++) if (a[i] === b[i]) same++;
  return same / a.length;
}

/** Exact Jaccard similarity of two texts' shingle sets. */
export function shingleJaccard(a: string, b: string): number {
  const sa = shingleHashes(a);
  const sb = shingleHashes(b);
  if (sa.size === 0 && sb.size === 0) return 1;
  let inter = 0;
  for (const h of sa) if (sb.has(h)) inter++;
  return inter / (sa.size + sb.size - inter);
}
