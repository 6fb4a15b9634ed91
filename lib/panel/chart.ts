/** Geometry for the Story tab's figure charts: one point per report, spaced by date, with readable labels. */
import { figureMid } from '@/lib/compare/figures';
import type { FigurePoint, StoryTimeline } from '@/lib/compare/types';
import type { Figure } from '@/lib/types';
import { formatDate, formatFigure } from './format';
import { shortFigure } from './story-view';

/** One report's value on a chart: x and y in chart units (0..1), with its labels. */
export interface ChartPoint {
  x: number;
  y: number;
  /** The lowest value the report gives, in chart units, when it gives more than one (drawn as a range). */
  yLow: number | null;
  value: number;
  /** How a reader would say it: "at least 34", "25 to 34" for a report that gives two values. */
  label: string;
  /** A compact label for the chart: "34", "≈24", "25–34". */
  short: string;
  reportId: string;
}

/** The chart: its points in date order, the largest value, and the dates at the ends of the x axis. */
export interface Chart {
  points: ChartPoint[];
  max: number;
  /** Axis labels: the first and last dates ("28 Jan 2024"), or empty when the reports carry no dates. */
  ends: [string, string] | null;
}

const DAY = 86_400_000;

/**
 * Places a figure series: x by the report's date (evenly by order when dates are missing or all equal),
 * y by value with 0 at the bottom. A report that gives the figure twice (a lede and a later update) is one
 * point with a range, so the line never zigzags within one report.
 */
export function chartPoints(timeline: StoryTimeline, points: FigurePoint[]): Chart {
  const order = new Map(timeline.entries.map((e, i) => [e.id, i]));
  const byReport = new Map<string, { figure: Figure; v: number }[]>();
  for (const p of points) {
    const v = figureMid(p.figure);
    if (v === null || !Number.isFinite(v) || !order.has(p.reportId)) continue;
    byReport.set(p.reportId, [...(byReport.get(p.reportId) ?? []), { figure: p.figure, v }]);
  }
  const ids = [...byReport.keys()].sort((a, b) => order.get(a)! - order.get(b)!);
  const times = ids.map((id) => Date.parse(timeline.entries[order.get(id)!].time ?? ''));
  const dated = times.every((t) => !Number.isNaN(t));
  const t0 = Math.min(...times);
  const span = Math.max(...times) - t0;
  const byDate = dated && span >= DAY / 2;
  const max = Math.max(1, ...[...byReport.values()].flat().map((x) => x.v));
  const placed = ids.map((id, i) => {
    const vals = byReport.get(id)!.sort((a, b) => a.v - b.v);
    const lo = vals[0];
    const hi = vals[vals.length - 1];
    const range = hi.v !== lo.v;
    return {
      x: byDate ? (times[i] - t0) / span : ids.length > 1 ? i / (ids.length - 1) : 0.5,
      y: hi.v / max,
      yLow: range ? lo.v / max : null,
      value: hi.v,
      label: range ? `${formatFigure(lo.figure)} to ${formatFigure(hi.figure)}` : formatFigure(hi.figure),
      short: range ? `${shortFigure(lo.figure)}–${shortFigure(hi.figure)}` : shortFigure(hi.figure),
      reportId: id,
    };
  });
  const first = timeline.entries[order.get(ids[0]) ?? 0]?.time ?? null;
  const last = timeline.entries[order.get(ids[ids.length - 1]) ?? 0]?.time ?? null;
  return { points: placed, max, ends: dated && first && last ? [formatDate(first), formatDate(last)] : null };
}

/**
 * Nudges value labels apart horizontally so none overlaps its neighbour: `xs` are label centres in
 * pixels, `widths` their widths; returns new centres kept inside [lo, hi].
 */
export function spreadLabels(xs: number[], widths: number[], lo: number, hi: number, gap = 4): number[] {
  const out = xs.map((x, i) => Math.min(hi - widths[i] / 2, Math.max(lo + widths[i] / 2, x)));
  for (let i = 1; i < out.length; i++) {
    const min = out[i - 1] + (widths[i - 1] + widths[i]) / 2 + gap;
    if (out[i] < min) out[i] = min;
  }
  // Pushed past the right edge: walk back from the right.
  for (let i = out.length - 1; i >= 0; i--) {
    const limit =
      i === out.length - 1 ? hi - widths[i] / 2 : out[i + 1] - (widths[i] + widths[i + 1]) / 2 - gap;
    if (out[i] > limit) out[i] = limit;
  }
  return out;
}
