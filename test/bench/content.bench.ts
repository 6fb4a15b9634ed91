/**
 * `npm run bench -- content`: what a reader feels of the content script, in real Chromium with the built
 * extension (the test copy, which may script 127.0.0.1), over the 130 Readability test pages and the 181
 * extraction-benchmark pages, each in a fresh page.
 *
 * Per page: the message that starts an asked run (`analyzeTab`, as the panel sends it; the toolbar click
 * does the same) is sent from an extension page, and the clock stops at the first frame painted after the
 * run's verdict (its highlights: the benchmark follows a topic every article matches, since no corpus page is
 * on the shipped topic). Cold page, warm extension: the page has never run Parallax, the background has.
 * Readability's parse of a clone of the same page, timed in the same page right after, is the baseline
 * (its first parse there, cold like ours; a second, warm one is reported too). The longest task is the
 * browser's own (`PerformanceObserver('longtask')`) since the message, on the page's main thread.
 * Also: the first analysis after the browser starts and after the service worker was stopped (6,201
 * characters), and the gzipped size of the built content script.
 */
import { execSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';
import { corpusSkipReason, hasCorpus } from '../corpus';
import type { BenchModule, BenchResult } from './bench-types';
import { EVERY_ARTICLE, followTopic, launchBench, stopAutoRuns } from './content/browser';
import { corpusPages, serveCorpus } from './content/corpus-pages';
import { measureFirstAnalysis } from './content/first-analysis';
import { measurePage, type PageRun } from './content/measure-page';

const root = resolve(import.meta.dirname, '../..');
const outDir = join(root, '.bench/content');

// Written at run time (not a project file): Readability and the reading scope, in the page's own world.
const PAGE_ENTRY = `
import { Readability } from '@mozilla/readability';
import { readingScope } from '@/lib/extract/region';
globalThis.__pxBench = {
  readability() {
    const clone = document.cloneNode(true);
    const t = performance.now();
    new Readability(clone).parse();
    return performance.now() - t;
  },
  scope() {
    const s = readingScope(document);
    return { elements: s.elements, paragraphChars: s.paragraphChars };
  },
};
`;

async function buildPageBundle(): Promise<string> {
  mkdirSync(outDir, { recursive: true });
  const entry = join(outDir, 'page-bench.ts');
  writeFileSync(entry, PAGE_ENTRY);
  await build({
    configFile: false,
    logLevel: 'warn',
    root,
    resolve: { alias: { '@': root } },
    build: {
      outDir,
      emptyOutDir: false,
      minify: true,
      lib: { entry, formats: ['iife'], name: 'pxPageBench', fileName: () => 'page-bench.js' },
    },
  });
  return readFileSync(join(outDir, 'page-bench.js'), 'utf8');
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? (s[(s.length - 1) >> 1] + s[s.length >> 1]) / 2 : Number.NaN;
};
const quantile = (xs: number[], q: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.ceil(q * s.length) - 1)] : Number.NaN;
};
const round = (x: number) => Math.round(x * 100) / 100;

/** Per step mark of the page session (its first occurrence): the median ms after the message, in order. */
function stepMedians(runs: PageRun[]): Record<string, number> {
  const at = new Map<string, number[]>();
  for (const r of runs) {
    const seen = new Set<string>();
    for (const [name, ms] of r.steps) {
      if (seen.has(name)) continue;
      seen.add(name);
      at.set(name, [...(at.get(name) ?? []), ms]);
    }
  }
  const rows = [...at].map(([name, xs]) => [name, round(median(xs))] as const);
  return Object.fromEntries(rows.sort((a, b) => a[1] - b[1]));
}

async function run(): Promise<BenchResult> {
  if (!hasCorpus) return { metrics: [], notes: [corpusSkipReason] };
  // The figures are for the code in this tree: both builds are made afresh.
  execSync('npx wxt build && PARALLAX_TEST=1 npx wxt build', { cwd: root, stdio: 'ignore' });
  const kb =
    gzipSync(readFileSync(join(root, '.output/chrome-mv3/content-scripts/content.js'))).length / 1024;
  const pageBundle = await buildPageBundle();
  const { server, base } = await serveCorpus();
  const runs: PageRun[] = [];
  const failures: string[] = [];
  let first: Awaited<ReturnType<typeof measureFirstAnalysis>>;
  try {
    // PARALLAX_BENCH_SKIP_FIRST=1 skips the cold-start browsers (for investigating pages).
    first = process.env.PARALLAX_BENCH_SKIP_FIRST
      ? ({} as Awaited<ReturnType<typeof measureFirstAnalysis>>)
      : await measureFirstAnalysis(base, pageBundle);
    const b = await launchBench();
    try {
      await stopAutoRuns(b.worker);
      await followTopic(b.ext, EVERY_ARTICLE);
      // PARALLAX_BENCH_PAGES=a,b measures only pages whose name contains one of these.
      const only = process.env.PARALLAX_BENCH_PAGES?.split(',');
      const pages = corpusPages().filter((p) => !only || only.some((o) => p.name.includes(o)));
      // Warm extension: one page first, not counted.
      await measurePage(b, base, pages[0], pageBundle).catch(() => undefined);
      for (const p of pages) {
        try {
          runs.push(await measurePage(b, base, p, pageBundle));
        } catch (err) {
          failures.push(`${p.name}: ${err instanceof Error ? err.message.split('\n')[0] : String(err)}`);
        }
      }
    } finally {
      await b.close();
    }
  } finally {
    server.close();
  }
  writeFileSync(join(outDir, 'runs.json'), JSON.stringify({ first, runs }, null, 1));
  const painted = runs.filter((r) => r.highlights > 0);
  const ratios = painted.map((r) => r.clickToPaintMs / Math.max(r.readabilityMs, 0.1));
  const warmRatios = painted.map((r) => r.clickToPaintMs / Math.max(r.readabilityWarmMs, 0.1));
  const slowest = [...runs].sort((a, b) => b.longestTaskMs - a.longestTaskMs).slice(0, 5);
  const worst = [...painted]
    .sort((a, b) => b.clickToPaintMs / b.readabilityMs - a.clickToPaintMs / a.readabilityMs)
    .slice(0, 5);
  return {
    metrics: [
      {
        key: 'click_to_highlight_vs_readability_median',
        value: round(median(ratios)),
        target: 2,
        better: 'lower',
      },
      {
        key: 'click_to_highlight_vs_readability_p90',
        value: round(quantile(ratios, 0.9)),
        target: 4,
        better: 'lower',
      },
      {
        key: 'click_to_highlight_frame_vs_readability_median',
        value: round(median(painted.map((r) => r.clickToFrameMs / Math.max(r.readabilityMs, 0.1)))),
      },
      {
        key: 'click_to_highlight_frame_vs_readability_p90',
        value: round(
          quantile(
            painted.map((r) => r.clickToFrameMs / Math.max(r.readabilityMs, 0.1)),
            0.9,
          ),
        ),
      },
      { key: 'first_analysis_after_start_ms', value: round(first.afterStartMs), target: 80, better: 'lower' },
      {
        key: 'longest_task_ms_max',
        value: round(Math.max(...runs.map((r) => r.longestTaskMs))),
        target: 50,
        better: 'lower',
      },
      {
        key: 'own_longest_stretch_ms_max',
        value: round(Math.max(...runs.map((r) => r.ownLongestMs))),
      },
      { key: 'own_longest_stretch_ms_median', value: round(median(runs.map((r) => r.ownLongestMs))) },
      { key: 'content_bundle_kb_gz', value: Math.round(kb * 10) / 10, target: 35, better: 'lower' },
      { key: 'click_to_highlight_ms_median', value: round(median(painted.map((r) => r.clickToPaintMs))) },
      {
        key: 'click_to_highlight_frame_ms_median',
        value: round(median(painted.map((r) => r.clickToFrameMs))),
      },
      { key: 'click_to_highlight_mark_ms_median', value: round(median(painted.map((r) => r.clickToMarkMs))) },
      { key: 'readability_parse_ms_median', value: round(median(runs.map((r) => r.readabilityMs))) },
      { key: 'readability_warm_parse_ms_median', value: round(median(runs.map((r) => r.readabilityWarmMs))) },
      { key: 'click_to_highlight_vs_warm_readability_median', value: round(median(warmRatios)) },
      { key: 'background_analysis_ms_median', value: round(median(runs.flatMap((r) => r.analysedMs ?? []))) },
      { key: 'first_analysis_after_start_worker_ms', value: round(first.afterStartWorkerMs) },
      { key: 'first_analysis_after_worker_restart_ms', value: round(first.afterRestartMs) },
      { key: 'analysis_warm_round_trip_ms', value: round(first.warmMs) },
      { key: 'first_page_click_to_highlight_ms', value: round(first.firstPageClickToPaintMs) },
      { key: 'offscreen_document_open_ms', value: round(first.offscreenOpenMs) },
    ],
    extra: {
      content_first_analysis: first,
      content_cores: cpus().length,
      content_pages_measured: runs.length,
      content_pages_highlighted: painted.length,
      content_pages_not_articles: runs.filter((r) => !r.isArticle).map((r) => r.page),
      content_pages_extracted_elsewhere: runs.filter(
        (r) => r.extraction !== 'page' && r.extraction !== 'none',
      ).length,
      content_step_marks_median: stepMedians(painted),
      content_own_longest_stretch_pages: [...runs]
        .sort((a, b) => b.ownLongestMs - a.ownLongestMs)
        .slice(0, 5)
        .map((r) => ({
          page: r.page,
          ms: round(r.ownLongestMs),
          step: r.ownLongestStep,
          extraction: r.extraction,
        })),
      content_pages_own_stretch_over_50: runs.filter((r) => r.ownLongestMs > 50).length,
      content_longest_task_pages: slowest.map((r) => ({
        page: r.page,
        ms: round(r.longestTaskMs),
        extraction: r.extraction,
        scope: r.scope,
      })),
      content_worst_ratio_pages: worst.map((r) => ({
        page: r.page,
        clickToPaintMs: round(r.clickToPaintMs),
        readabilityMs: round(r.readabilityMs),
      })),
      content_page_failures: failures,
    },
    notes: [
      `${cpus().length} cores; ${runs.length} pages measured (${painted.length} with highlights), ${failures.length} failed`,
      `medians: click to highlights ${round(median(painted.map((r) => r.clickToPaintMs)))} ms, Readability parse ${round(median(runs.map((r) => r.readabilityMs)))} ms; first analysis after start ${round(first.afterStartMs)} ms (worker ${round(first.afterStartWorkerMs)} ms), after a worker restart ${round(first.afterRestartMs)} ms, warm ${round(first.warmMs)} ms`,
    ],
  };
}

/** The content-script benchmark. */
const bench: BenchModule = { name: 'content', run };
export default bench;
