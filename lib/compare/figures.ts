/**
 * When two figures disagree. Each figure is read as the interval of counts its wording commits to:
 * - an exact number ("Twenty") is [20, 20];
 * - an approximate one ("about 2,500", "two dozen" when marked approx) widens by ±4%;
 * - a lower bound only ("at least 34", "more than 40") is [min, min × 1.1]: read as fully open, every larger
 *   number would agree with it and the change from 34 to 40 a reader cares about would be hidden;
 * - an upper bound only ("up to 900", "as many as 900") is [max × 0.96, max]: it asserts the count reaches
 *   about 900, so "850" is another account;
 * - a range ("between 20 and 24") is [min, max].
 * Two figures of the same unit disagree when their intervals are disjoint, or when both are upper bounds that
 * differ ("as many as 1.5 million" and "up to 1.6 million"): "as many as N" asserts the count reaches N, so two
 * different tops are two accounts. Lower bounds keep the interval rule: "more than 150" is a floor an outlet
 * rounds a tally down to, and "more than 160" does not contradict it. Dates disagree when both resolved
 * and differ.
 */
import type { Figure } from '@/lib/types';
import type { Severity } from './types';

// "About 120" commits to a few percent either way: wider, and "about 350" would agree with "some 300".
const APPROX = 0.04;
const OPEN_BOUND = 0.1;
// Two upper bounds this close are one figure written twice ("up to 40" and "as many as 40.2").
const BOUND_ROUNDING = 0.01;

/** The two bound values when both figures are upper bounds only. */
function upperBounds(a: Figure, b: Figure): [number, number] | null {
  if (a.max !== null && a.min === null && b.max !== null && b.min === null) return [a.max, b.max];
  return null;
}

/** The interval of counts a figure commits to, or null when it states no number. */
export function figureInterval(f: Figure): [number, number] | null {
  const { value, min, max } = f;
  if (min !== null && max !== null) return [Math.min(min, max), Math.max(min, max)];
  if (min !== null) return [min, min * (1 + OPEN_BOUND)];
  if (max !== null) return [max * (1 - APPROX), max];
  if (value === null) return null;
  return f.approx ? [value * (1 - APPROX), value * (1 + APPROX)] : [value, value];
}

/** True when two figures of the same unit cannot both be right. */
export function figuresDisagree(a: Figure, b: Figure): boolean {
  if (a.unit !== b.unit) return false;
  if (a.date || b.date) return Boolean(a.date && b.date && a.date !== b.date);
  const tops = upperBounds(a, b);
  if (tops) return Math.abs(tops[0] - tops[1]) > BOUND_ROUNDING * Math.max(tops[0], tops[1]);
  const ia = figureInterval(a);
  const ib = figureInterval(b);
  if (!ia || !ib) return false;
  return ia[1] < ib[0] || ib[1] < ia[0];
}

/** A representative number: the point value, else the middle of the interval. */
export function figureMid(f: Figure): number | null {
  if (f.value !== null) return f.value;
  const i = figureInterval(f);
  return i ? (i[0] + i[1]) / 2 : null;
}

/** Minor when the two numbers are within 25% of the larger one, major otherwise. */
export function figureSeverity(a: Figure, b: Figure): Severity {
  if (a.date || b.date) return 'major';
  const x = figureMid(a) ?? 0;
  const y = figureMid(b) ?? 0;
  const big = Math.max(Math.abs(x), Math.abs(y));
  return big === 0 || Math.abs(x - y) / big <= 0.25 ? 'minor' : 'major';
}

/**
 * For each unit both claims count, the disagreeing pair of figures: reported only when no figure of that
 * unit on one side agrees with any on the other (a claim may restate one figure several ways).
 */
export function disagreeingFigures(here: Figure[], there: Figure[]): [Figure, Figure][] {
  const out: [Figure, Figure][] = [];
  const units = new Set(here.map((f) => f.unit));
  for (const unit of units) {
    const h = here.filter((f) => f.unit === unit);
    const t = there.filter((f) => f.unit === unit);
    if (t.length === 0) continue;
    const anyAgree = h.some((x) => t.some((y) => !figuresDisagree(x, y)));
    if (anyAgree) continue;
    let best: [Figure, Figure] = [h[0], t[0]];
    let bestGap = Number.POSITIVE_INFINITY;
    for (const x of h) {
      for (const y of t) {
        const gap = Math.abs((figureMid(x) ?? 0) - (figureMid(y) ?? 0));
        if (gap < bestGap) {
          bestGap = gap;
          best = [x, y];
        }
      }
    }
    out.push(best);
  }
  return out;
}
