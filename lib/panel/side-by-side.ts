/** Rows for reading two reports side by side: aligned claims share a row, unmatched ones keep their place. */
import { alignClaims } from '@/lib/compare/align';
import type { ComparableReport } from '@/lib/compare/types';
import type { Claim } from '@/lib/types';

/** One row: a claim from each side (aligned), or from one side only. */
export interface SideRow {
  left: Claim | null;
  right: Claim | null;
}

/**
 * Walks both reports in their own order: a left claim takes its aligned right claim onto its row, and a
 * right claim with no partner is placed just after the row of the right claim before it, so each column
 * still reads in the report's own order.
 */
export function sideBySideRows(left: ComparableReport, right: ComparableReport): SideRow[] {
  const partner = new Map<string, Claim>();
  const taken = new Set<string>();
  for (const p of alignClaims(left, right).pairs) {
    partner.set(p.here.id, p.there);
    taken.add(p.there.id);
  }
  const rows: SideRow[] = left.claims.map((c) => ({ left: c, right: partner.get(c.id) ?? null }));
  const rowOf = new Map(rows.flatMap((r, i) => (r.right ? [[r.right.id, i] as const] : [])));
  // Alignment is one to one but not order preserving: place each unmatched right claim after the row of
  // the nearest earlier right claim that has a row (the top when none has).
  const inserts: { at: number; claim: Claim; seq: number }[] = [];
  let last = -1;
  right.claims.forEach((c, seq) => {
    if (taken.has(c.id)) last = Math.max(last, rowOf.get(c.id) ?? last);
    else inserts.push({ at: last, claim: c, seq });
  });
  const out: SideRow[] = [];
  const byAt = (at: number) =>
    inserts.filter((x) => x.at === at).map((x) => ({ left: null, right: x.claim }));
  out.push(...byAt(-1));
  rows.forEach((r, i) => {
    out.push(r);
    out.push(...byAt(i));
  });
  return out;
}
