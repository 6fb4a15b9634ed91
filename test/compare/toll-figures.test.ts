import { describe, expect, it } from 'vitest';
import { fromArticle } from '@/lib/compare/comparable';
import { diffReports } from '@/lib/compare/diff-reports';
import { analyzeText } from '@/lib/pipeline';

// Two reports of one attack whose tolls are told in differently built sentences, so the claims do not
// align one to one. The toll change must still surface, and a subset count must not.
const first = `Rocket attack hits Harbor Point base
Militants fired rockets at the Harbor Point base in eastern Syria on Monday, killing two American contractors and wounding at least 12 others, the Pentagon said.
The Islamic Resistance in Iraq claimed the attack in a statement posted online.
A spokesman for the group said the strikes would continue until US troops left the region.`;

const second = `US base in Syria struck by rockets
The toll from Monday's rocket strike on the Harbor Point base has risen: more than 20 service members were treated for injuries, officials said on Wednesday.
Five of the injured were flown to Germany for further care, a defense official said.
The Islamic Resistance in Iraq, an umbrella of Iran-backed militias, claimed responsibility for the barrage.`;

function report(text: string, url: string) {
  const r = analyzeText(text, url);
  if (!r.article || !r.analysis) throw new Error('fixture did not analyse');
  return fromArticle(r.article, r.analysis);
}

describe('toll figures across unaligned claims', () => {
  it('shows a changed wounded count, and ignores a partitive subset', () => {
    const diff = diffReports(report(second, 'https://a.example/2'), report(first, 'https://b.example/1'));
    const wounded = diff.changedFigures.filter((c) => c.what === 'wounded');
    expect(wounded.map((c) => [c.hereFigure.text, c.thereFigure.text])).toContainEqual([
      'more than 20 service members',
      'at least 12',
    ]);
    expect(wounded.some((c) => /five/i.test(c.hereFigure.text))).toBe(false);
  });

  it('reports nothing when the tolls agree', () => {
    const same = first.replace('at least 12 others', 'more than 20 others');
    const diff = diffReports(report(second, 'https://a.example/2'), report(same, 'https://b.example/1'));
    expect(diff.changedFigures.filter((c) => c.what === 'wounded')).toEqual([]);
  });
});
