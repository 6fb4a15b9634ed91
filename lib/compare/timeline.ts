/**
 * The story's timeline: reports in publish order (saved time when no publish time is known) and, per
 * counted unit, how the figures changed from report to report ("wounded": 20 → 24 → 34 → more than 40).
 */
import { timeOf } from './features';
import type { ComparableReport, FigurePoint, StoryTimeline } from './types';

function when(r: ComparableReport): { time: string | null; timeSource: 'published' | 'saved' | 'none' } {
  if (timeOf(r.publishedTime) !== null) return { time: r.publishedTime, timeSource: 'published' };
  if (timeOf(r.savedAt) !== null) return { time: r.savedAt ?? null, timeSource: 'saved' };
  return { time: null, timeSource: 'none' };
}

/** Reports ordered by time with per-unit figure series; undated reports go last. */
export function storyTimeline(reports: ComparableReport[]): StoryTimeline {
  const dated = reports.map((r) => ({ r, ...when(r) }));
  dated.sort(
    (a, b) =>
      (timeOf(a.time) ?? Number.POSITIVE_INFINITY) - (timeOf(b.time) ?? Number.POSITIVE_INFINITY) ||
      a.r.id.localeCompare(b.r.id),
  );
  const series: Record<string, FigurePoint[]> = {};
  for (const { r, time } of dated) {
    for (const claim of r.claims) {
      for (const figure of claim.figures) {
        // Dates place events in time; they are not a quantity whose changes the series tracks.
        if (figure.date || figure.unit === 'date') continue;
        const points = series[figure.unit] ?? [];
        points.push({ reportId: r.id, time, figure, claimText: claim.text });
        series[figure.unit] = points;
      }
    }
  }
  return {
    entries: dated.map(({ r, time, timeSource }) => ({
      id: r.id,
      outlet: r.outlet,
      title: r.title,
      time,
      timeSource,
    })),
    series,
  };
}
