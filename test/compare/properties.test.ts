import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { alignClaims } from '@/lib/compare/align';
import { coverageMatrix } from '@/lib/compare/coverage';
import { figuresDisagree } from '@/lib/compare/figures';
import { estimateProvenance } from '@/lib/compare/provenance';
import { quoteDiff } from '@/lib/compare/quotes';
import { rankRelated } from '@/lib/compare/related';
import { clusterStories } from '@/lib/compare/stories';
import { storyTimeline } from '@/lib/compare/timeline';
import type { Figure } from '@/lib/types';
import { buildReport, type ClaimSpec } from '@/test/fixtures/compare/build-report';

const POOL =
  'Iran militia drone attack base troops wounded Pentagon officials said rocket Syria Iraq Jordan strike'.split(
    ' ',
  );

const figure = fc
  .record({
    value: fc.option(fc.integer({ min: 0, max: 500 }), { nil: null }),
    min: fc.option(fc.integer({ min: 0, max: 500 }), { nil: null }),
    max: fc.option(fc.integer({ min: 0, max: 500 }), { nil: null }),
    approx: fc.boolean(),
    unit: fc.constantFrom('wounded', 'killed'),
  })
  .map((f): Figure => ({ ...f, start: 0, end: 1, text: 'n' }));

const sentence = fc
  .array(fc.constantFrom(...POOL), { minLength: 4, maxLength: 12 })
  .map((ws): ClaimSpec => ({ text: `${ws.join(' ')}.` }));

const report = (id: string) =>
  fc
    .array(sentence, { minLength: 0, maxLength: 8 })
    .map((claims) =>
      buildReport({ id, outlet: id, title: id, publishedTime: '2024-01-01T00:00:00Z', paragraphs: [claims] }),
    );

describe('properties', () => {
  it('figure disagreement is symmetric and never self-contradictory', () => {
    fc.assert(
      fc.property(figure, figure, (a, b) => {
        expect(figuresDisagree(a, b)).toBe(figuresDisagree(b, a));
        expect(figuresDisagree(a, a)).toBe(false);
      }),
    );
  });

  it('a quote diff spells out both quotes', () => {
    const words = fc.array(fc.constantFrom('we', 'will', 'shall', 'hold', 'all', 'to', 'account', 'now,'), {
      maxLength: 12,
    });
    fc.assert(
      fc.property(words, words, (a, b) => {
        const [there, here] = [a.join(' '), b.join(' ')];
        const d = quoteDiff(there, here);
        expect(
          d
            .filter((p) => !p.added)
            .map((p) => p.value)
            .join(''),
        ).toBe(there);
        expect(
          d
            .filter((p) => !p.removed)
            .map((p) => p.value)
            .join(''),
        ).toBe(here);
      }),
    );
  });

  it('alignment partitions both claim lists one to one', () => {
    fc.assert(
      fc.property(report('a'), report('b'), (a, b) => {
        const { pairs, onlyHere, onlyThere } = alignClaims(a, b);
        const here = [...pairs.map((p) => p.here.id), ...onlyHere.map((c) => c.id)];
        const there = [...pairs.map((p) => p.there.id), ...onlyThere.map((c) => c.id)];
        expect(here.sort()).toEqual(a.claims.map((c) => c.id).sort());
        expect(there.sort()).toEqual(b.claims.map((c) => c.id).sort());
        for (const p of pairs) expect(p.similarity).toBeGreaterThan(0);
      }),
      { numRuns: 60 },
    );
  });

  it('related scores lie in [0, 1], sorted, never the current report', () => {
    fc.assert(
      fc.property(report('cur'), fc.array(fc.integer({ min: 0, max: 9 }), { maxLength: 5 }), (cur, seeds) => {
        const others = seeds.map((s, k) => ({
          ...cur,
          id: `o${k}`,
          claims: cur.claims.slice(s % (cur.claims.length + 1)),
        }));
        const ranked = rankRelated(cur, [cur, ...others]);
        for (const r of ranked) {
          expect(r.score).toBeGreaterThanOrEqual(0);
          expect(r.score).toBeLessThanOrEqual(1);
          expect(r.report.id).not.toBe('cur');
        }
        expect(ranked.map((r) => r.score)).toEqual([...ranked.map((r) => r.score)].sort((x, y) => y - x));
      }),
      { numRuns: 40 },
    );
  });
});

describe('degenerate input', () => {
  const empty = buildReport({
    id: 'empty',
    outlet: 'Nobody',
    title: '',
    publishedTime: null,
    paragraphs: [],
  });
  const other = buildReport({
    id: 'other',
    outlet: 'Somebody',
    title: 'Drone strike',
    publishedTime: 'not a date',
    paragraphs: [[{ text: 'Three rockets hit the base, officials said.' }]],
  });

  it('compares empty and undated reports without failing', () => {
    expect(rankRelated(empty, [other])).toEqual([]);
    expect(alignClaims(empty, other).onlyThere).toHaveLength(1);
    expect(estimateProvenance([])).toEqual([]);
    expect(estimateProvenance([empty]).map((e) => e.role)).toEqual(['independent']);
    expect(estimateProvenance([empty, other]).map((e) => e.role)).toEqual(['independent', 'independent']);
    expect(coverageMatrix([empty, other]).rows).toHaveLength(1);
    expect(storyTimeline([other, empty]).entries.map((e) => e.timeSource)).toEqual(['none', 'none']);
    expect(
      clusterStories([empty, other])
        .flatMap((s) => s.reportIds)
        .sort(),
    ).toEqual(['empty', 'other']);
  });
});
