/**
 * `npm run compare -- <target> <others...>`: analyses the inputs (.html, .html.gz, .txt or directories,
 * as `npm run analyze`) and prints one JSON object: the others related to the target, how the target
 * differs from each of them, and the provenance of the target's story. Unreadable inputs are reported on
 * stderr and skipped; the exit code is 1 when any was skipped, 2 when the target itself cannot be used.
 *
 * `npm run compare -- --rank-all <files...>` ranks every input against all the others in one process and
 * prints one JSON line per input: `{file, related: [{file, score, event, why}]}`.
 */
import { fromArticle } from '@/lib/compare/comparable';
import { diffReports } from '@/lib/compare/diff-reports';
import { estimateProvenance } from '@/lib/compare/provenance';
import { rankRelated } from '@/lib/compare/related';
import { describeSource } from '@/lib/compare/sources';
import type { ComparableReport, ReportDiff } from '@/lib/compare/types';
import { analyzeInput, expandInputs } from './lib/load-input';

async function load(file: string): Promise<ComparableReport | string> {
  try {
    const r = await analyzeInput(file);
    if (!r.article || !r.analysis) return `${file}: not compared (${r.skipped ?? 'no article found'})`;
    return fromArticle(r.article, r.analysis, file);
  } catch (err) {
    return err instanceof Error ? err.message : String(err);
  }
}

function formatDiff(d: ReportDiff) {
  return {
    file: d.otherId,
    sameEvent: d.sameEvent,
    newClaims: d.newClaims.map((c) => c.text),
    missingClaims: d.missingClaims.map((c) => c.text),
    changedFigures: d.changedFigures.map((c) => ({
      here: c.hereFigure.text,
      there: c.thereFigure.text,
      what: c.what,
      severity: c.severity,
      hereClaim: c.here.text,
      thereClaim: c.there.text,
    })),
    developments: d.developments.map((c) => ({
      here: c.hereFigure.text,
      there: c.thereFigure.text,
      what: c.what,
      hereClaim: c.here.text,
      thereClaim: c.there.text,
    })),
    rewordedQuotes: d.rewordedQuotes.map((q) => ({ here: q.here, there: q.there, diff: q.diff })),
    attributionShifts: d.attributionShifts.map((s) => ({
      claim: s.here.text,
      here: describeSource(s.hereSource),
      there: describeSource(s.thereSource),
    })),
    actorsOnlyHere: d.actorsOnlyHere.map((a) => a.name),
    actorsOnlyThere: d.actorsOnlyThere.map((a) => a.name),
  };
}

/** Loads every input, reporting the unusable ones on stderr; returns the reports and the skip count. */
async function loadAll(files: string[]): Promise<{ reports: ComparableReport[]; skipped: number }> {
  const reports: ComparableReport[] = [];
  let skipped = 0;
  for (const file of files) {
    const r = await load(file);
    if (typeof r === 'string') {
      skipped++;
      console.error(`compare: ${r}`);
    } else reports.push(r);
  }
  return { reports, skipped };
}

async function rankAll(paths: string[]): Promise<void> {
  const { reports, skipped } = await loadAll(expandInputs(paths));
  for (const r of reports) {
    const related = rankRelated(r, reports).map((x) => ({
      file: x.report.id,
      score: x.score,
      event: x.event,
      why: x.why,
    }));
    process.stdout.write(`${JSON.stringify({ file: r.id, related })}\n`);
  }
  if (skipped > 0) {
    console.error(`compare: ${skipped} input(s) skipped`);
    process.exitCode = 1;
  }
}

async function main(): Promise<void> {
  const args = process.argv.slice(2).filter((a) => a !== '--');
  if (args[0] === '--rank-all') {
    if (args.length < 2) {
      console.error('usage: npm run compare -- --rank-all <files or directories...>');
      process.exitCode = 2;
      return;
    }
    return rankAll(args.slice(1));
  }
  if (args.length < 2) {
    console.error('usage: npm run compare -- <target> <other files or directories...>');
    process.exitCode = 2;
    return;
  }
  const target = await load(args[0]);
  if (typeof target === 'string') {
    console.error(`compare: ${target}`);
    process.exitCode = 2;
    return;
  }
  const { reports: others, skipped } = await loadAll(
    expandInputs(args.slice(1)).filter((f) => f !== target.id),
  );
  const related = rankRelated(target, others);
  const relatedIds = new Set(related.map((r) => r.report.id));
  const ordered = [...related.map((r) => r.report), ...others.filter((o) => !relatedIds.has(o.id))];
  const differences = ordered.map((o) => {
    const r = related.find((x) => x.report.id === o.id);
    return formatDiff(diffReports(target, o, { sameEvent: r?.event }));
  });
  const story = [target, ...related.map((r) => r.report)];
  const out = {
    target: target.id,
    related: related.map((r) => ({ file: r.report.id, score: r.score, event: r.event, why: r.why })),
    differences,
    provenance: story.length > 1 ? estimateProvenance(story) : [],
  };
  process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
  if (skipped > 0) {
    console.error(`compare: ${skipped} input(s) skipped`);
    process.exitCode = 1;
  }
}

void main();
