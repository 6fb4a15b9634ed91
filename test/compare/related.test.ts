import { describe, expect, it } from 'vitest';
import { rankRelated } from '@/lib/compare/related';
import { brief, ledger, pause, redSea, wire } from '@/test/fixtures/compare/tower-22';

describe('rankRelated', () => {
  const all = [wire, ledger, brief, pause, redSea];

  it('ranks the reports of the same event first and drops the unrelated one', () => {
    const ranked = rankRelated(wire, all);
    expect(
      ranked
        .map((r) => r.report.id)
        .slice(0, 2)
        .sort(),
    ).toEqual(['brief-t22', 'ledger-t22']);
    expect(ranked.map((r) => r.report.id)).not.toContain('harbor-red-sea');
    expect(ranked.map((r) => r.report.id)).not.toContain('wire-t22');
    for (const r of ranked) expect(r.score).toBeGreaterThan(0);
    for (const r of ranked) expect(r.score).toBeLessThanOrEqual(1);
  });

  it('explains each ranking in one line', () => {
    const top = rankRelated(ledger, all).find((r) => r.report.id === 'wire-t22');
    expect(top?.why).toMatch(/^same event, 5 shared claims, \d+ shared actors .*, 2 days earlier$/);
    expect(top?.sharedClaims).toBe(5);
  });

  it('weighs rare actors above ubiquitous ones', () => {
    const ranked = rankRelated(pause, all);
    const names = ranked[0].sharedActors.map((a) => a.id);
    expect(names.indexOf('kataib-hezbollah')).toBeLessThan(names.indexOf('united-states'));
  });

  it('decays with time apart', () => {
    const later = { ...ledger, id: 'ledger-later', publishedTime: '2024-07-30T09:00:00Z' };
    const ranked = rankRelated(wire, [ledger, later]);
    const near = ranked.find((r) => r.report.id === 'ledger-t22')!;
    const far = ranked.find((r) => r.report.id === 'ledger-later');
    expect(far === undefined || far.score < near.score).toBe(true);
    expect(far?.why ?? '').toMatch(/days later|^$/);
  });

  it('uses "now" when the current report has no date', () => {
    const undated = { ...ledger, id: 'undated', publishedTime: null };
    const r = rankRelated(undated, [wire], { now: new Date('2024-02-01T00:00:00Z') });
    expect(r[0].daysApart).toBeCloseTo(3.25, 1);
  });
});
