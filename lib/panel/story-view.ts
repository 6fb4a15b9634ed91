/** Helpers for the Story tab: readable names for report ids, and chart geometry for figure series. */

import { figureMid } from '@/lib/compare/figures';
import type { FigurePoint, StoryTimeline } from '@/lib/compare/types';
import type { Figure } from '@/lib/types';
import { formatFigure } from './format';
import type { StoryView } from './view-types';

/** Replaces report ids inside engine evidence text with "Outlet" names so readers never see ids. */
export function nameIds(text: string, names: Map<string, string>): string {
  let out = text;
  for (const [id, name] of names) out = out.split(id).join(name);
  return out;
}

/** One plotted point: x and y in chart units (0..1), with its labels. */
export interface ChartPoint {
  x: number;
  y: number;
  value: number;
  label: string;
  /** A compact label for the chart: "34", "≈24", ">150". */
  short: string;
  reportId: string;
}

/** Places a figure series on a 0..1 grid: x by report order in the timeline, y by value (0 at the bottom). */
export function chartPoints(
  timeline: StoryTimeline,
  points: FigurePoint[],
): { points: ChartPoint[]; max: number } {
  const order = new Map(timeline.entries.map((e, i) => [e.id, i]));
  const n = Math.max(1, timeline.entries.length - 1);
  const placed = points
    .map((p) => ({ p, v: figureMid(p.figure) }))
    .filter(
      (x): x is { p: FigurePoint; v: number } =>
        x.v !== null && Number.isFinite(x.v) && order.has(x.p.reportId),
    );
  const max = Math.max(1, ...placed.map((x) => x.v));
  return {
    max,
    points: placed.map(({ p, v }) => ({
      x: (order.get(p.reportId) ?? 0) / n,
      y: v / max,
      value: v,
      label: formatFigure(p.figure),
      short: shortFigure(p.figure),
      reportId: p.reportId,
    })),
  };
}

/** A readable name for a story: its earliest report's title (the engine's label lists terms, not a headline). */
export function storyTitle(view: StoryView): string {
  const first = view.timeline.entries[0];
  return first ? first.title : view.story.label;
}

/** A figure in a few characters for chart labels: "34", "≈24", ">150", "3–5". */
export function shortFigure(f: Figure): string {
  if (f.value !== null)
    return `${f.approx ? '≈' : ''}${f.min === f.value && f.max === null ? '≥' : ''}${f.value}`;
  if (f.min !== null && f.max !== null) return `${f.min}–${f.max}`;
  if (f.min !== null) return `>${f.min - 1}`;
  if (f.max !== null) return `≤${f.max}`;
  return f.text;
}
