/**
 * A Markdown report of one story: its reports, claims grouped by source, and how each report differs from
 * the earliest one. Page-derived text is escaped so the Markdown stays inert: no HTML, links or code.
 */
import { fromReport } from '@/lib/compare/comparable';
import { diffReports } from '@/lib/compare/diff-reports';
import { stripBidi } from '@/lib/schema/safe-text';
import type { Claim, Report } from '@/lib/types';

/** Escapes text for Markdown: angle and square brackets, backticks and other markup become literal. */
export function mdText(s: string): string {
  // Bidirectional controls go first: an override could make an escaped line read as something else.
  return stripBidi(s)
    .replace(/[\\`*_{}[\]()#+!|~<>]/g, (c) => `\\${c}`)
    .replace(/^(\s*)([-=]{3,}|\d+\.)/gm, '$1\\$2')
    .replace(/javascript:/gi, 'javascript\\:')
    .replace(/\s*\n\s*/g, ' ');
}

function link(url: string): string {
  // Only http(s) URLs become links; the label is escaped text and the target is percent-encoded.
  if (!/^https?:\/\//i.test(url)) return mdText(url);
  return `<${stripBidi(url).replace(/[<>\s\\]/g, encodeURIComponent)}>`;
}

function claimLine(c: Claim): string {
  const figures = c.figures.map((f) => mdText(f.text)).join(', ');
  return `- ${mdText(c.text)}${figures ? ` _(figures: ${figures})_` : ''}`;
}

const when = (r: Report) => r.publishedTime ?? r.savedAt;

/** The Markdown report for a set of reports (any order; listed oldest first). */
export function storyMarkdown(reports: Report[], title = 'Story report'): string {
  const sorted = [...reports].sort((a, b) => when(a).localeCompare(when(b)));
  const out: string[] = [`# ${mdText(title)}`, '', `${sorted.length} reports.`, '', '## Reports', ''];
  for (const r of sorted) {
    out.push(
      `- **${mdText(r.title)}**: ${mdText(r.outlet)}, ${mdText(when(r).slice(0, 10))} ${link(r.canonicalUrl)}`,
    );
  }
  out.push('', '## Claims by source', '');
  const bySource = new Map<string, { report: Report; claim: Claim }[]>();
  for (const report of sorted) {
    for (const claim of report.claims) {
      const who = claim.source.name ?? 'unattributed';
      bySource.set(who, [...(bySource.get(who) ?? []), { report, claim }]);
    }
  }
  for (const [who, items] of [...bySource.entries()].sort((a, b) => b[1].length - a[1].length)) {
    out.push(`### ${mdText(who)}`, '');
    for (const { report, claim } of items) out.push(`${claimLine(claim)} (${mdText(report.outlet)})`);
    out.push('');
  }
  const [first, ...rest] = sorted;
  if (first && rest.length) {
    out.push('## Differences from the earliest report', '');
    const base = fromReport(first);
    for (const r of rest) {
      const d = diffReports(fromReport(r), base);
      out.push(`### ${mdText(r.outlet)}: ${mdText(r.title)}`, '');
      out.push(`New claims: ${d.newClaims.length}. Missing claims: ${d.missingClaims.length}.`, '');
      for (const f of d.changedFigures) {
        out.push(
          `- Figure (${mdText(f.what)}): ${mdText(f.hereFigure.text)} here, ${mdText(f.thereFigure.text)} earlier`,
        );
      }
      for (const s of d.attributionShifts) {
        out.push(
          `- Attribution: ${mdText(s.hereSource.name ?? 'none')} here, ${mdText(s.thereSource.name ?? 'none')} earlier`,
        );
      }
      for (const c of d.newClaims.slice(0, 10)) out.push(`- New: ${mdText(c.text)}`);
      out.push('');
    }
  }
  return `${out.join('\n').trimEnd()}\n`;
}
