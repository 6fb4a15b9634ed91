import { describe, expect, it } from 'vitest';
import { sideBySideRows } from '@/lib/panel/side-by-side';
import { brief, ledger, wire } from '@/test/fixtures/compare/tower-22';

describe('sideBySideRows', () => {
  for (const [a, b] of [
    [wire, ledger],
    [ledger, brief],
  ] as const) {
    it(`keeps every claim of ${a.id} and ${b.id}, in each report's own order`, () => {
      const rows = sideBySideRows(a, b);
      const lefts = rows.flatMap((r) => (r.left ? [r.left.id] : []));
      const rights = rows.flatMap((r) => (r.right ? [r.right.id] : []));
      expect(lefts).toEqual(a.claims.map((c) => c.id));
      expect(new Set(rights)).toEqual(new Set(b.claims.map((c) => c.id)));
      expect(rows.some((r) => r.left && r.right)).toBe(true);
    });
  }

  it('puts the same claim on one row', () => {
    const rows = sideBySideRows(wire, { ...wire, id: 'copy' });
    expect(rows.every((r) => r.left?.id === r.right?.id)).toBe(true);
  });
});
