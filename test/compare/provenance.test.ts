import { describe, expect, it } from 'vitest';
import { findCredits } from '@/lib/compare/credits';
import { estimateProvenance } from '@/lib/compare/provenance';
import { buildReport } from '@/test/fixtures/compare/build-report';
import { brief, ledger, pause, redSea, wire } from '@/test/fixtures/compare/tower-22';

const aliases = new Map([
  ['nbc', 'NBC News'],
  ['nbc news', 'NBC News'],
  ['the new york times', 'The New York Times'],
  ['new york times', 'The New York Times'],
]);

describe('findCredits', () => {
  it('finds blocks, reports and interviews, and resolves aliases', () => {
    const text =
      'Wire Service reports:\n\nA US official told NBC on Tuesday that more drones were launched. According to a report published by The New York Times, militias were mobilising. It was first reported by Reuters.';
    const credits = findCredits(text, aliases);
    expect(credits.map((c) => [c.outlet, c.strength])).toEqual([
      ['Wire Service', 'block'],
      ['NBC News', 'interview'],
      ['The New York Times', 'report'],
      ['Reuters', 'report'],
    ]);
  });

  it('does not take officials, places or the own outlet for a credited outlet', () => {
    const text =
      'According to the Pentagon, three drones were shot down. The official told Biden about the strike. According to CENTCOM, the base was hit. Daily Ledger reported the toll first. Tehran told US officials it had no role. The envoy told KH commanders to stop.';
    const withActors = new Map([...aliases, ['!kh', 'Kataib Hezbollah']]);
    expect(findCredits(text, withActors, 'Daily Ledger')).toEqual([]);
    // Without the actor list, an unknown acronym after "told" is taken for an outlet, as "told CNN" is.
    expect(findCredits(text, aliases, 'Daily Ledger').map((c) => c.outlet)).toEqual(['KH']);
  });
});

describe('estimateProvenance on the Tower 22 fixtures', () => {
  const entries = estimateProvenance([wire, ledger, brief, pause, redSea]);
  const byId = Object.fromEntries(entries.map((e) => [e.id, e]));

  it('calls the credited report in the collection the source', () => {
    expect(byId['wire-t22'].role).toBe('source');
    expect(byId['wire-t22'].evidence[0]).toMatch(/ledger-t22 reads as a rewrite of it/);
    expect(byId['wire-t22'].evidence.join(' ')).not.toMatch(/\bderive|\((summary|rewrite|excerpt)\)/);
  });

  it('names one source per event at most', () => {
    expect(Object.values(byId).filter((e) => e.role === 'source').length).toBeLessThanOrEqual(1);
  });

  it('calls the crediting report a rewrite of the matching report, not of the same outlet’s other story', () => {
    expect(byId['ledger-t22']).toMatchObject({ role: 'rewrite', of: 'wire-t22' });
    expect(byId['ledger-t22'].evidence.join(' ')).toMatch(/Wire Service reported/);
  });

  it('calls the short unattributed report a summary, with dropped attributions as evidence', () => {
    expect(byId['brief-t22'].role).toBe('summary');
    const ev = byId['brief-t22'].evidence.join(' | ');
    expect(ev).toMatch(/credits no outlet/);
    expect(ev).toMatch(/appear here with no source/);
    expect(ev).toMatch(/length \d+% of/);
  });

  it('leaves reports about other events independent', () => {
    expect(byId['harbor-red-sea'].role).toBe('independent');
    expect(byId['wire-kh-pause'].role).toBe('independent');
  });

  it('spots uncredited verbatim reuse of part of an earlier report as an excerpt of it', () => {
    const copy = buildReport({
      id: 'copycat',
      outlet: 'Copy Desk',
      title: 'Drone attack kills three US troops',
      publishedTime: '2024-01-29T02:00:00Z',
      paragraphs: [
        [
          'Three US service members were killed and at least 34 were wounded when a one-way attack drone struck Tower 22, a small base in northeastern Jordan, US Central Command said on Sunday.',
          'The strike was the first to kill American troops since the war in Gaza began in October.',
          'Pentagon spokeswoman Sabrina Singh said the attack bore the hallmarks of Kataib Hezbollah, an Iraqi militia armed and funded by Iran.',
          'Militias have launched more than 160 attacks on US forces in Iraq, Syria and Jordan since mid-October, according to the Pentagon.',
          'About 3,000 US troops are stationed in Jordan, which hosts American forces under a defense agreement.',
          'President Joe Biden blamed radical militant groups backed by Iran.',
        ],
      ],
    });
    const e = estimateProvenance([wire, copy]).find((x) => x.id === 'copycat')!;
    expect(e.role).toBe('excerpt');
    expect(e.of).toBe('wire-t22');
    expect(e.evidence.join(' ')).toMatch(/verbatim/);
  });
});
