import { describe, expect, it } from 'vitest';
import { fromArticle } from '@/lib/compare/comparable';
import { diffReports } from '@/lib/compare/diff-reports';
import { figuresDisagree } from '@/lib/compare/figures';
import { analyzeText } from '@/lib/pipeline';
import type { Figure } from '@/lib/types';

// Two invented reports of one court ruling that give the class its own upper bound each.
const first = `Court weighs suit by Marlow Foods workers
The Tarrin Supreme Court on Tuesday heard arguments over whether as many as 1.5 million workers at Marlow Foods can sue the grocer together, lawyers for the workers said.
Marlow Foods says its store managers set pay on their own.`;

const second = `Justices hear Marlow Foods class action
The justices of the Tarrin Supreme Court on Tuesday weighed whether a lawsuit on behalf of up to 1.6 million workers at Marlow Foods can go ahead as one case, lawyers for the workers said.
The grocer says its managers decide pay store by store.`;

function report(text: string, url: string) {
  const r = analyzeText(text, url);
  if (!r.article || !r.analysis) throw new Error('fixture did not analyse');
  return fromArticle(r.article, r.analysis);
}

function top(text: string, max: number): Figure {
  return { start: 0, end: text.length, text, unit: 'worker', value: null, min: null, max, approx: false };
}

describe('upper bounds that differ', () => {
  it('are two accounts, even though a count could satisfy both', () => {
    expect(
      figuresDisagree(top('as many as 1.5 million', 1_500_000), top('up to 1.6 million', 1_600_000)),
    ).toBe(true);
    expect(figuresDisagree(top('up to 900', 900), top('as many as 900', 900))).toBe(false);
    const exact = (n: number): Figure => ({ ...top(String(n), n), value: n, max: null });
    // "As many as 900" says the count reaches about 900: another outlet's 850 is another account, 890 is not.
    expect(figuresDisagree(top('as many as 900', 900), exact(850))).toBe(true);
    expect(figuresDisagree(top('as many as 900', 900), exact(890))).toBe(false);
  });

  it('surface between two reports of one event', () => {
    const diff = diffReports(report(first, 'https://a.example/1'), report(second, 'https://b.example/2'));
    expect(diff.changedFigures.flatMap((c) => [c.hereFigure.text, c.thereFigure.text]).join(' ')).toMatch(
      /1\.5 million.*1\.6 million/,
    );
  });

  it('stay quiet when both reports give the same top', () => {
    const same = second.replace('up to 1.6 million', 'up to 1.5 million');
    const diff = diffReports(report(first, 'https://a.example/1'), report(same, 'https://b.example/2'));
    expect(diff.changedFigures.filter((c) => /million/.test(c.hereFigure.text))).toEqual([]);
  });
});
