import { describe, expect, it } from 'vitest';
import { disagreeingFigures, figureInterval, figureSeverity, figuresDisagree } from '@/lib/compare/figures';
import type { Figure } from '@/lib/types';

function fig(text: string, unit: string, value: number | null, extra: Partial<Figure> = {}): Figure {
  return { start: 0, end: text.length, text, unit, value, min: null, max: null, approx: false, ...extra };
}

const twenty = fig('Twenty', 'wounded', 20);
const twoDozen = fig('Two dozen', 'wounded', 24, { approx: true });
const atLeast34 = fig('at least 34', 'wounded', 34, { min: 34 });
const moreThan40 = fig('more than 40', 'wounded', null, { min: 41 });
const about25 = fig('about 25', 'wounded', 25, { approx: true });

describe('figures', () => {
  it('reads bounds, ranges and approximations as intervals', () => {
    expect(figureInterval(twenty)).toEqual([20, 20]);
    expect(figureInterval(atLeast34)?.[0]).toBe(34);
    const [lo, hi] = figureInterval(about25)!;
    expect(lo).toBeCloseTo(24);
    expect(hi).toBeCloseTo(26);
    expect(figureInterval(fig('20 to 24', 'wounded', null, { min: 20, max: 24 }))).toEqual([20, 24]);
    expect(figureInterval(fig('several', 'wounded', null))).toBeNull();
  });

  it('flags the disagreements a reader would notice', () => {
    expect(figuresDisagree(twenty, twoDozen)).toBe(true);
    expect(figuresDisagree(fig('three', 'rocket', 3), fig('14', 'rocket', 14))).toBe(true);
    expect(figuresDisagree(atLeast34, moreThan40)).toBe(true);
  });

  it('lets approximations and overlapping bounds agree', () => {
    expect(figuresDisagree(twoDozen, about25)).toBe(false);
    expect(
      figuresDisagree(
        fig('more than 150', 'attack', null, { min: 151 }),
        fig('more than 160', 'attack', null, { min: 161 }),
      ),
    ).toBe(false);
    expect(figuresDisagree(twenty, fig('20', 'killed', 20))).toBe(false);
    expect(figuresDisagree(fig('several', 'wounded', null), twenty)).toBe(false);
  });

  it('compares dates by their resolved day', () => {
    const a = fig('Oct. 18', 'date', null, { date: '2023-10-18' });
    expect(figuresDisagree(a, fig('Oct. 19', 'date', null, { date: '2023-10-19' }))).toBe(true);
    expect(figuresDisagree(a, fig('October 18', 'date', null, { date: '2023-10-18' }))).toBe(false);
  });

  it('rates severity by relative gap', () => {
    expect(figureSeverity(atLeast34, moreThan40)).toBe('minor');
    expect(figureSeverity(fig('three', 'rocket', 3), fig('14', 'rocket', 14))).toBe('major');
  });

  it('reports a unit only when no figure of it agrees', () => {
    expect(disagreeingFigures([twenty, twoDozen], [about25])).toEqual([]);
    expect(disagreeingFigures([twenty], [atLeast34, moreThan40])).toEqual([[twenty, atLeast34]]);
  });
});
