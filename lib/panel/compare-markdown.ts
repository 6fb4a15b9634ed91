/**
 * One comparison (this report against another) as Markdown: figures that disagree, reworded quotes,
 * attribution shifts and the claims only one side has. Page text is escaped as in the story report.
 */
import { mdText } from '@/lib/compare/markdown';
import type { ComparableReport, ReportDiff } from '@/lib/compare/types';
import type { Claim } from '@/lib/types';
import { formatFigure, formatSource, knownDate, metaLine } from './format';

function head(label: string, r: ComparableReport): string {
  const url = /^https?:\/\//i.test(r.url) ? ` <${r.url.replace(/[<>\s\\]/g, encodeURIComponent)}>` : '';
  return `- **${label}:** ${mdText(metaLine(r.outlet, knownDate(r.publishedTime)))}, “${mdText(r.title)}”${url}`;
}

const claimLine = (c: Claim) => `- ${mdText(c.text)} _(${mdText(formatSource(c.source))})_`;

/** The Markdown text of one comparison; `names` are how the panel names the two reports. */
export function comparisonMarkdown(
  here: ComparableReport,
  there: ComparableReport,
  diff: ReportDiff,
  names: { here: string; there: string },
): string {
  const h = mdText(names.here);
  const t = mdText(names.there);
  const out = [`# ${h} vs ${t}`, '', head(names.here, here), head(names.there, there), ''];
  const section = (title: string, lines: string[]) => {
    if (lines.length) out.push(`## ${title} (${lines.length})`, '', ...lines, '');
  };
  section(
    'Figures that disagree',
    diff.changedFigures.map(
      (c) =>
        `- **${mdText(c.what || 'figure')}:** ${mdText(formatFigure(c.hereFigure))} in ${h}, ${mdText(formatFigure(c.thereFigure))} in ${t} (${c.severity})`,
    ),
  );
  section(
    'Reworded quotes',
    diff.rewordedQuotes.map(
      (q) =>
        `- ${mdText(formatSource(q.hereClaim.source))}: “${mdText(q.here)}” in ${h}; “${mdText(q.there)}” in ${t}`,
    ),
  );
  section(
    'Attribution shifts',
    diff.attributionShifts.map(
      (s) =>
        `- ${mdText(s.here.text)} — ${h}: ${mdText(formatSource(s.hereSource))}; ${t}: ${mdText(formatSource(s.thereSource))}`,
    ),
  );
  section(`Only in ${h}`, diff.newClaims.map(claimLine));
  section(`Only in ${t}`, diff.missingClaims.map(claimLine));
  out.push(`${diff.sharedClaims.length} claims are in both.`, '');
  return out.join('\n');
}
