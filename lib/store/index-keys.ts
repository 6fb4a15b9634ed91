/** Index look-ups by many values, one key-range query each (Dexie's `anyOf` cursor-jumps, slow on large indexes). */
import type { ParallaxDB } from './db';

/** Primary keys of reports whose `index` holds any of `values`, with how many of the values each matched. */
export async function reportKeysMatching(
  db: ParallaxDB,
  index: 'urls' | 'lshBands' | 'sameTextAs',
  values: string[],
): Promise<Map<string, number>> {
  const hits = new Map<string, number>();
  const lists = await Promise.all(
    [...new Set(values)].map((v) => db.reports.where(index).equals(v).primaryKeys()),
  );
  for (const ids of lists) for (const id of ids) hits.set(id, (hits.get(id) ?? 0) + 1);
  return hits;
}
