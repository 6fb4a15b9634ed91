import { describe, expect, it } from 'vitest';
import { coverageMatrix } from '@/lib/compare/coverage';
import { clusterStories } from '@/lib/compare/stories';
import { storyTimeline } from '@/lib/compare/timeline';
import { brief, ledger, pause, redSea, wire } from '@/test/fixtures/compare/tower-22';

describe('clusterStories', () => {
  it('groups the reports of one story and keeps an unrelated one apart, whatever the input order', () => {
    for (const order of [
      [wire, ledger, brief, pause, redSea],
      [redSea, brief, pause, ledger, wire],
    ]) {
      const stories = clusterStories(order);
      const tower = stories.find((s) => s.reportIds.includes('wire-t22'))!;
      expect(tower.reportIds).toEqual(expect.arrayContaining(['ledger-t22', 'brief-t22']));
      expect(tower.reportIds).not.toContain('harbor-red-sea');
      expect(stories.find((s) => s.reportIds.includes('harbor-red-sea'))?.reportIds).toEqual([
        'harbor-red-sea',
      ]);
    }
  });

  it('labels a story by a member headline, with its specific actors and terms beside it', () => {
    const tower = clusterStories([wire, ledger, brief, redSea]).find((s) =>
      s.reportIds.includes('wire-t22'),
    )!;
    expect(tower.topActors).toContain('Kataib Hezbollah');
    expect([wire, ledger, brief].map((r) => r.title)).toContain(tower.label);
    expect(tower.topTerms.length).toBeGreaterThan(0);
    // Terms are shown as words of the reports, not as stems.
    const text = [wire, ledger, brief].map((r) => `${r.title} ${r.text}`.toLowerCase()).join(' ');
    for (const t of tower.topTerms) expect(text).toMatch(new RegExp(`\\b${t}\\b`));
  });

  it('splits the same wording months apart into separate stories', () => {
    const later = { ...ledger, id: 'ledger-much-later', publishedTime: '2024-09-30T09:00:00Z' };
    const stories = clusterStories([wire, later]);
    expect(stories).toHaveLength(2);
  });
});

describe('coverageMatrix', () => {
  const m = coverageMatrix([wire, ledger, brief]);

  it('never shows the report a row reads as contradicting it', () => {
    for (const order of [
      [wire, ledger, brief],
      [ledger, brief, wire],
      [brief, ledger, wire],
    ]) {
      for (const row of coverageMatrix(order).rows) {
        const from = Object.entries(row.cells).find(([id, c]) => {
          const report = order.find((r) => r.id === id)!;
          return c.claimId && report.claims.find((x) => x.id === c.claimId)?.text === row.label;
        });
        expect(from?.[1].cell, row.label).toBe('stated');
      }
    }
  });

  it('keeps one row for a claim a report states twice in other words', () => {
    const twice = { ...wire, id: 'wire-twice', claims: [...wire.claims, { ...wire.claims[0], id: 'again' }] };
    const rows = coverageMatrix([twice, ledger]).rows;
    expect(rows.filter((r) => r.label === wire.claims[0].text).length).toBeLessThanOrEqual(1);
    expect(rows.length).toBe(coverageMatrix([wire, ledger]).rows.length);
  });

  it('has one column per report and rows ordered by how widely a claim is stated', () => {
    expect(m.columns.map((c) => c.outlet)).toEqual(['Wire Service', 'Daily Ledger', 'Morning Brief']);
    const counts = m.rows.map((r) => Object.values(r.cells).filter((c) => c.cell !== 'absent').length);
    expect([...counts].sort((a, b) => b - a)).toEqual(counts);
    expect(counts[0]).toBe(3);
  });

  it('marks the disagreeing wounded count as contradicted and one-sided claims as absent elsewhere', () => {
    const toll = m.rows.find((r) => r.label.startsWith('Three US service members'))!;
    expect(toll.cells['wire-t22'].cell).toBe('stated');
    expect(toll.cells['ledger-t22'].cell).toBe('contradicted');
    // The contradiction says what differs: the ledger's figure against the row's.
    const differs = toll.cells['ledger-t22'].differs;
    expect(differs?.kind).toBe('figures');
    if (differs?.kind === 'figures') expect(differs.pairs[0].theirs.unit).toBe(differs.pairs[0].ours.unit);
    const senators = m.rows.find((r) => r.label.startsWith('Several senators'))!;
    expect(senators.cells).toMatchObject({ 'wire-t22': { cell: 'absent' }, 'brief-t22': { cell: 'absent' } });
    expect(senators.cells['ledger-t22'].claimId).toBe(ledger.claims[ledger.claims.length - 1].id);
  });

  it('places every claim in exactly one row', () => {
    const placed = m.rows.flatMap((r) =>
      Object.values(r.cells).flatMap((c) => (c.claimId ? [c.claimId] : [])),
    );
    expect(placed.sort()).toEqual(
      [...wire.claims, ...ledger.claims, ...brief.claims].map((c) => c.id).sort(),
    );
  });
});

describe('storyTimeline', () => {
  it('orders reports by publish time, falling back to the saved time', () => {
    const saved = { ...brief, id: 'saved-only', publishedTime: null, savedAt: '2024-01-29T00:00:00Z' };
    const undated = { ...pause, id: 'undated', publishedTime: null, savedAt: null };
    const t = storyTimeline([undated, brief, saved, ledger, wire]);
    expect(t.entries.map((e) => e.id)).toEqual([
      'wire-t22',
      'saved-only',
      'ledger-t22',
      'brief-t22',
      'undated',
    ]);
    expect(t.entries[1].timeSource).toBe('saved');
    expect(t.entries[4].timeSource).toBe('none');
  });

  it('tracks how a counted unit changed over time', () => {
    const t = storyTimeline([ledger, wire, redSea]);
    expect(t.series.wounded.map((p) => [p.reportId, p.figure.text])).toEqual([
      ['wire-t22', 'at least 34'],
      ['ledger-t22', 'more than 40'],
    ]);
    expect(Object.keys(t.series)).toEqual(expect.arrayContaining(['killed', 'attack', 'missile']));
  });
});
