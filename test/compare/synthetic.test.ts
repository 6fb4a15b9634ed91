import { describe, expect, it } from 'vitest';
import { rankRelated } from '@/lib/compare/related';
import { clusterStories } from '@/lib/compare/stories';
import { SyntheticCollection } from '@/test/fixtures/compare/synthetic-collection';

describe('on a synthetic collection of many events', () => {
  const c = new SyntheticCollection(4000);
  const reports = Array.from({ length: 600 }, (_, i) => c.report(i));
  const eventOf = (id: string) => c.eventOf(Number(id.slice(1)));

  it('clusters reports into their events', () => {
    const stories = clusterStories(reports);
    let majority = 0;
    for (const s of stories) {
      const counts = new Map<number, number>();
      for (const id of s.reportIds) counts.set(eventOf(id), (counts.get(eventOf(id)) ?? 0) + 1);
      majority += Math.max(...counts.values());
    }
    const events = new Set(reports.map((r) => eventOf(r.id))).size;
    expect(majority / reports.length).toBeGreaterThan(0.95);
    expect(stories.length).toBeLessThan(events * 1.2);
  });

  it('ranks reports of the same event first', () => {
    let same = 0;
    let shown = 0;
    for (let q = 0; q < 10; q++) {
      const current = c.report(10_000 + q, c.eventOf(q * 13));
      const related = rankRelated(current, reports).slice(0, 5);
      for (const r of related) {
        shown++;
        if (eventOf(r.report.id) === c.eventOf(q * 13)) same++;
      }
    }
    expect(shown).toBeGreaterThan(0);
    expect(same / shown).toBeGreaterThan(0.9);
  });
});
