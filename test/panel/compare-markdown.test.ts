import { describe, expect, it } from 'vitest';
import { diffReports } from '@/lib/compare/diff-reports';
import { comparisonMarkdown } from '@/lib/panel/compare-markdown';
import { ledger, wire } from '@/test/fixtures/compare/tower-22';

describe('comparisonMarkdown', () => {
  const diff = diffReports(wire, ledger);
  const md = comparisonMarkdown(wire, ledger, diff, { here: 'This article', there: 'Daily Ledger' });

  it('has a section per kind of difference, with counts that match the comparison', () => {
    expect(md.startsWith('# This article vs Daily Ledger\n')).toBe(true);
    if (diff.changedFigures.length)
      expect(md).toContain(`## Figures that disagree (${diff.changedFigures.length})`);
    expect(md).toContain(`${diff.sharedClaims.length} claims are in both.`);
    const only = (md.split('## Only in Daily Ledger')[1] ?? '').split('\n##')[0];
    expect(only.split('\n').filter((l) => l.startsWith('- ')).length).toBe(diff.missingClaims.length);
  });

  it('keeps page text inert', () => {
    const hostile = { ...ledger, title: '<img src=x onerror=alert(1)> [x](javascript:alert(1))' };
    const out = comparisonMarkdown(wire, hostile, diffReports(wire, hostile), { here: 'A', there: 'B' });
    expect(out).not.toMatch(/(^|[^\\])<img|(^|[^\\])\]\(javascript:/);
  });
});
