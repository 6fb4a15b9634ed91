import { describe, expect, it } from 'vitest';
import type { FigurePoint, StoryTimeline } from '@/lib/compare/types';
import { chartPoints, spreadLabels } from '@/lib/panel/chart';
import type { Figure } from '@/lib/types';

const fig = (value: number): Figure => ({
  start: 0,
  end: 0,
  value,
  min: value,
  max: value,
  approx: false,
  unit: 'wounded',
  text: String(value),
});
const entry = (id: string, time: string | null) => ({
  id,
  outlet: id,
  title: id,
  time,
  timeSource: 'published' as const,
});
const point = (reportId: string, value: number): FigurePoint => ({
  reportId,
  time: null,
  figure: fig(value),
  claimText: '',
});

describe('chartPoints', () => {
  const timeline: StoryTimeline = {
    entries: [
      entry('a', '2024-01-01T00:00:00Z'),
      entry('b', '2024-01-02T00:00:00Z'),
      entry('c', '2024-01-11T00:00:00Z'),
    ],
    series: {},
  };

  it('spaces points by date, not by order', () => {
    const { points, ends } = chartPoints(timeline, [point('a', 3), point('b', 5), point('c', 9)]);
    expect(points.map((p) => p.x)).toEqual([0, 0.1, 1]);
    expect(ends).toEqual(['1 Jan 2024', '11 Jan 2024']);
  });

  it('draws a report that gives two values as one point with a range', () => {
    const { points } = chartPoints(timeline, [point('a', 3), point('b', 25), point('b', 34), point('c', 40)]);
    expect(points.map((p) => p.reportId)).toEqual(['a', 'b', 'c']);
    const b = points[1];
    expect(b.value).toBe(34);
    expect(b.yLow).toBeCloseTo(25 / 40);
    expect(b.short).toBe('25–34');
    expect(b.label).toBe('25 to 34');
  });

  it('falls back to even spacing when dates are missing', () => {
    const undated: StoryTimeline = { entries: [entry('a', null), entry('b', null)], series: {} };
    const { points, ends } = chartPoints(undated, [point('a', 1), point('b', 2)]);
    expect(points.map((p) => p.x)).toEqual([0, 1]);
    expect(ends).toBeNull();
  });
});

describe('spreadLabels', () => {
  it('keeps labels apart and inside the chart', () => {
    const xs = spreadLabels([100, 102, 104, 318], [20, 20, 30, 20], 0, 320);
    for (let i = 1; i < xs.length; i++) expect(xs[i] - xs[i - 1]).toBeGreaterThanOrEqual(20);
    expect(xs[3] + 10).toBeLessThanOrEqual(320);
  });
});
