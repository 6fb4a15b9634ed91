import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '@/lib/analyze/index';
import { fromArticle } from '@/lib/compare/comparable';
import { diffReports } from '@/lib/compare/diff-reports';
import { sameSpeaker } from '@/lib/compare/reworded-quotes';
import { isAttributionShift } from '@/lib/compare/sources';
import { articleFromText } from '@/lib/extract';
import { invented } from './invented';

describe('differences within an event and between events', () => {
  const courier = invented('courier');
  const gazette = invented('gazette');
  const followup = invented('followup');

  it('finds the evacuated count and the ship length that disagree within the event', () => {
    const d = diffReports(courier, gazette, { sameEvent: true });
    const what = d.changedFigures.map((c) => `${c.what}: ${c.hereFigure.value} vs ${c.thereFigure.value}`);
    expect(what).toContain('person evacuated: 1200 vs 2000');
    expect(what).toContain('foot: 700 vs 900');
  });

  it('does not compare the injured subset flown out with the injured total', () => {
    const d = diffReports(courier, gazette, { sameEvent: true });
    expect(d.changedFigures.some((c) => c.hereFigure.value === 8)).toBe(false);
  });

  it('diffs the mayor’s reworded quote (same speaker, substantial overlap)', () => {
    const d = diffReports(courier, gazette, { sameEvent: true });
    expect(d.rewordedQuotes).toHaveLength(1);
    expect(
      d.rewordedQuotes[0].diff.some((p) => p.added) && d.rewordedQuotes[0].diff.some((p) => p.removed),
    ).toBe(true);
  });

  it('lists figures changed between events as developments, never as discrepancies', () => {
    const d = diffReports(courier, followup, { sameEvent: false });
    expect(d.changedFigures).toEqual([]);
    expect(d.developments.length).toBeGreaterThan(0);
    expect(d.developments.every((c) => c.severity === 'development')).toBe(true);
  });

  it('takes reports published weeks apart as different events when no event is known', () => {
    expect(diffReports(courier, followup).sameEvent).toBe(false);
    expect(diffReports(courier, gazette).sameEvent).toBe(true);
  });
});

describe('speakers and attribution shifts', () => {
  it('matches a speaker by last name across titles and first names', () => {
    expect(sameSpeaker({ kind: 'named', name: 'Mayor Dara Voss' }, { kind: 'named', name: 'Voss' })).toBe(
      true,
    );
    expect(sameSpeaker({ kind: 'named', name: 'Dara Voss' }, { kind: 'named', name: 'Ilse Marten' })).toBe(
      false,
    );
    expect(
      sameSpeaker({ kind: 'unnamed', name: 'an official' }, { kind: 'unnamed', name: 'an official' }),
    ).toBe(false);
  });

  it('reports a shift only when both sources were confidently found and differ', () => {
    const named = { kind: 'named' as const, name: 'Dara Voss', cue: 'Dara Voss said' };
    const unnamed = { kind: 'unnamed' as const, name: 'a county official', cue: 'a county official said' };
    const none = { kind: 'none' as const, name: null };
    expect(
      isAttributionShift(
        { text: 'Ten homes fell, Dara Voss said.', source: named },
        { text: 'Ten homes fell, a county official said.', source: unnamed },
      ),
    ).toBe(true);
    expect(
      isAttributionShift(
        { text: 'Ten homes fell.', source: none },
        { text: 'Ten homes fell, Dara Voss said.', source: named },
      ),
    ).toBe(false);
  });

  it('does not report a shift when one sentence names both sources (an appositive left to the analyser)', () => {
    const group = { kind: 'named' as const, name: 'Varn Front', cue: 'said' };
    const patron = { kind: 'named' as const, name: 'Ostrava', cue: 'said' };
    const a = {
      text: 'The Varn Front, a militia backed by Ostrava, said it fired the rockets.',
      source: patron,
    };
    const b = { text: 'The Varn Front said it fired the rockets.', source: group };
    expect(isAttributionShift(a, b)).toBe(false);
  });
});

describe('figures of one event restated in sentences that do not align', () => {
  const report = (id: string, text: string) => {
    const article = {
      ...articleFromText(text, `https://example.test/${id}`),
      publishedTime: '2031-05-02T10:00:00Z',
    };
    return fromArticle(article, analyzeArticle(article), id);
  };
  const first = report(
    'first',
    'Blast at Lisk depot\n\nAn explosion tore through a fuel depot in Lisk on Friday, killing two workers and wounding at least 15 others, the county fire chief said.\n\nThe cause is not yet known.',
  );
  const later = report(
    'later',
    'Lisk depot blast: questions over safety checks\n\nInspectors had visited the Lisk depot a month before the explosion. More than 20 people have now been treated for injuries, the regional hospital said on Friday evening.',
  );

  it('reports the toll that grew from one sentence to another within the event', () => {
    const d = diffReports(later, first, { sameEvent: true });
    const tolls = d.changedFigures.filter((c) => c.what === 'wounded');
    expect(tolls.map((c) => [c.hereFigure.min, c.thereFigure.value])).toEqual([[21, 15]]);
  });
});
