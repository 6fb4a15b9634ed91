import { describe, expect, it } from 'vitest';
import { diffReports } from '@/lib/compare/diff-reports';
import { brief, ledger, redSea, wire } from '@/test/fixtures/compare/tower-22';

describe('diffReports', () => {
  const d = diffReports(ledger, wire);

  it('lists new, missing and shared claims', () => {
    expect(d.newClaims.map((c) => c.text)).toEqual([expect.stringMatching(/^Several senators/)]);
    expect(d.missingClaims).toHaveLength(2);
    expect(d.sharedClaims).toHaveLength(5);
  });

  it('flags the wounded count that rose, not the attack counts that overlap', () => {
    expect(d.changedFigures.map((c) => [c.what, c.hereFigure.text, c.thereFigure.text])).toEqual([
      ['wounded', 'more than 40', 'at least 34'],
    ]);
  });

  it('shows the reworded quote with a word diff', () => {
    expect(d.rewordedQuotes).toHaveLength(1);
    const q = d.rewordedQuotes[0];
    expect(q.here).toMatch(/^We shall hold/);
    expect(q.there).toMatch(/^We will hold/);
    const removed = q.diff.filter((p) => p.removed).map((p) => p.value.trim());
    const added = q.diff.filter((p) => p.added).map((p) => p.value.trim());
    expect(removed).toContain('will');
    expect(added).toContain('shall');
    // The diff rebuilds both quotes.
    expect(
      q.diff
        .filter((p) => !p.added)
        .map((p) => p.value)
        .join(''),
    ).toBe(q.there);
    expect(
      q.diff
        .filter((p) => !p.removed)
        .map((p) => p.value)
        .join(''),
    ).toBe(q.here);
  });

  it('reports shifted attributions, including named → unnamed', () => {
    const shifts = d.attributionShifts.map((s) => [s.hereSource.name, s.thereSource.name]);
    expect(shifts).toEqual(
      expect.arrayContaining([
        ['US officials', 'US Central Command'],
        ['Defense officials', 'Sabrina Singh'],
      ]),
    );
    expect(shifts.some(([h]) => h === 'Joe Biden')).toBe(false);
  });

  it('reports no attribution shift where one side found no source (only confident sources shift)', () => {
    const s = diffReports(brief, wire);
    expect(s.sharedClaims.some((p) => p.here.source.kind === 'none' && p.there.source.kind === 'named')).toBe(
      true,
    );
    expect(
      s.attributionShifts.some((x) => x.hereSource.kind === 'none' || x.thereSource.kind === 'none'),
    ).toBe(false);
  });

  it('lists actors on one side only', () => {
    expect(d.actorsOnlyThere.map((a) => a.id)).toEqual(expect.arrayContaining(['sabrina-singh', 'centcom']));
    const r = diffReports(redSea, wire);
    expect(r.actorsOnlyHere.map((a) => a.id)).toEqual(expect.arrayContaining(['houthis', 'red-sea']));
    expect(r.sharedClaims).toEqual([]);
  });

  it('finds nothing to report between a report and itself', () => {
    const self = diffReports(wire, wire);
    expect(self.newClaims).toEqual([]);
    expect(self.missingClaims).toEqual([]);
    expect(self.changedFigures).toEqual([]);
    expect(self.rewordedQuotes).toEqual([]);
    expect(self.attributionShifts).toEqual([]);
  });
});
