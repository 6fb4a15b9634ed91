/**
 * Column layout for lists of similar objects: one array per key instead of repeating every key name in
 * every object. Absent keys are `undefined` cells, which IndexedDB's structured clone keeps.
 */

/** A list of objects stored as columns. */
export type Columns = Record<string, unknown[]>;

/** Transposes objects into columns. */
export function toColumns<T extends object>(items: T[]): Columns {
  const cols: Columns = {};
  items.forEach((item, i) => {
    for (const [k, v] of Object.entries(item)) {
      if (v === undefined) continue;
      cols[k] ??= new Array<unknown>(items.length).fill(undefined);
      cols[k][i] = v;
    }
  });
  return cols;
}

/** Rebuilds the objects from columns (keys in column order). */
export function fromColumns<T>(cols: Columns): T[] {
  const n = Math.max(0, ...Object.values(cols).map((c) => c.length));
  const items = Array.from({ length: n }, () => ({}) as Record<string, unknown>);
  for (const [k, col] of Object.entries(cols)) {
    col.forEach((v, i) => {
      if (v !== undefined) items[i][k] = v;
    });
  }
  return items as T[];
}
