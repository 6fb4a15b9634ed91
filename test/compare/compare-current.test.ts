import { describe, expect, it } from 'vitest';
import { compareCurrent } from '@/lib/compare/compare-current';
import { diffReports } from '@/lib/compare/diff-reports';
import { brief, ledger, pause, redSea, wire } from '@/test/fixtures/compare/tower-22';

describe('compareCurrent', () => {
  it('gives each related report the same differences a fresh diff finds', () => {
    const out = compareCurrent(ledger, [wire, brief, pause, redSea]);
    expect(out.map((r) => r.report.id)).not.toContain('harbor-red-sea');
    for (const r of out) {
      const fresh = diffReports(ledger, r.report);
      expect(r.diff.sharedClaims.map((p) => p.there.id)).toEqual(fresh.sharedClaims.map((p) => p.there.id));
      expect(r.diff.changedFigures.length).toBe(fresh.changedFigures.length);
      expect(r.sharedClaims).toBe(r.diff.sharedClaims.length);
    }
  });

  it('diffs only the best reports when limited', () => {
    const out = compareCurrent(ledger, [wire, brief, pause, redSea], { limit: 1 });
    expect(out).toHaveLength(1);
    expect(out[0].diff.otherId).toBe(out[0].report.id);
  });
});
