/**
 * `npm run bench -- content`: the content script's cost in real Chromium over the 130 Readability test pages.
 * Each page is served from 127.0.0.1, a bundle of the content pipeline (built here with Vite from lib/) is
 * evaluated in it, and in the same page we time our whole work (limits, detect, extract, analyse, anchor,
 * highlight: the sum of our own tasks, yields excluded) against `Readability.parse` alone on a clone.
 * Big pages are extracted elsewhere, as the extension does in its offscreen document (Chrome) or background
 * page (Firefox); here "elsewhere" is a cross-site iframe, which Chromium runs in another process. The time
 * spent there (parse + extract) is added to our total, so the ratio counts all the work, wherever it ran;
 * the longest task counts only the page's own main thread, which is what the reader feels.
 * Our work is measured twice per page. As it runs unasked (a page on a site the reader enabled), articles no
 * followed topic could match stop after the topic pre-check: that is `content_vs_readability_ratio_median`,
 * and the 130 pages are all off the default topic. As it runs when the reader asks (toolbar, menu, panel,
 * pill), every article is analysed, anchored and highlighted: `content_asked_vs_readability_ratio_median`.
 * The longest task counts both. Each side runs once to warm up, then once measured. Also the gzipped size of
 * the built content script.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { build } from 'vite';
import { corpusDir, corpusSkipReason, hasCorpus } from '../corpus';
import type { BenchModule, BenchResult } from './bench-types';

const root = resolve(import.meta.dirname, '../..');
const pagesDir = join(corpusDir, 'readability-pages/test-pages');
const outDir = join(root, '.bench/content');

// Written at run time (not a project file): exposes the pipeline to page.evaluate.
const ENTRY = `
import { Readability } from '@mozilla/readability';
import { resolveEngine } from '@/lib/analyze';
import { analysePage } from '@/lib/ext/page/analyse-page';
import { createHighlighter } from '@/lib/highlight/highlighter';
// Big pages go to the extractor frame (see EXTRACTOR) and come back as an Article.
let remoteMs = 0;
let remotePages = 0;
let seq = 0;
const waiting = new Map();
const frame = document.getElementById('px-extractor');
addEventListener('message', (e) => {
  if (!frame || e.source !== frame.contentWindow) return;
  const done = waiting.get(e.data.id);
  waiting.delete(e.data.id);
  remoteMs += e.data.ms;
  remotePages++;
  done?.(e.data.article);
});
const extractElsewhere = frame
  ? (html, url) =>
      new Promise((resolve, reject) => {
        const id = ++seq;
        // As in the extension: no answer in time means in-page extraction.
        const timer = setTimeout(() => {
          waiting.delete(id);
          reject(new Error('timeout'));
        }, 10000);
        waiting.set(id, (article) => {
          clearTimeout(timer);
          resolve(article);
        });
        frame.contentWindow.postMessage({ id, html, url }, '*');
      })
  : undefined;
globalThis.__pxBench = {
  readability() {
    const clone = document.cloneNode(true);
    const t = performance.now();
    new Readability(clone).parse();
    return performance.now() - t;
  },
  async content(depth) {
    remoteMs = 0;
    remotePages = 0;
    const run = await analysePage(document, location.href, new AbortController().signal, resolveEngine(), {
      extractElsewhere,
      depth,
    });
    // As in the extension: a run that stopped after the topic pre-check draws nothing.
    let highlightMs = 0;
    if (!run.state.deferred) {
      const t = performance.now();
      const h = createHighlighter(document, document.body);
      h.set(run.items);
      highlightMs = performance.now() - t;
      h.destroy();
    }
    const steps = Object.values(run.timings.steps).reduce((a, b) => a + b, 0);
    return {
      ms: steps + highlightMs + remoteMs,
      longest: Math.max(run.timings.longestTaskMs, highlightMs),
      longestStep: highlightMs > run.timings.longestTaskMs ? 'highlight' : run.timings.longestStep,
      steps: { ...run.timings.steps, highlight: highlightMs, elsewhere: remoteMs },
      elsewhere: remotePages > 0,
      items: run.items.length,
      deferred: Boolean(run.state.deferred),
      orphans: run.state.orphans.length,
      article: run.state.article !== null,
    };
  },
};
`;

// The stand-in for the offscreen document: parses the page's HTML and extracts it, in another process.
const EXTRACTOR = `
import { extractFromHtml } from '@/lib/extract';
const parser = new DOMParser();
addEventListener('message', (e) => {
  if (e.data === 'ping') return e.source.postMessage('pong', '*');
  const t = performance.now();
  const result = extractFromHtml(e.data.html, e.data.url, parser);
  const article = result.ok ? result.value : null;
  e.source.postMessage({ id: e.data.id, article, ms: performance.now() - t }, '*');
});
`;

async function buildBundle(name: string, source: string): Promise<string> {
  mkdirSync(outDir, { recursive: true });
  const entry = join(outDir, `${name}.ts`);
  writeFileSync(entry, source);
  await build({
    configFile: false,
    logLevel: 'warn',
    root,
    resolve: { alias: { '@': root } },
    build: {
      outDir,
      emptyOutDir: false,
      minify: true,
      lib: { entry, formats: ['iife'], name: 'pxBenchBundle', fileName: () => `${name}.js` },
    },
  });
  return readFileSync(join(outDir, `${name}.js`), 'utf8');
}

function bundleKbGz(): number | null {
  const file = join(root, '.output/chrome-mv3/content-scripts/content.js');
  if (!existsSync(file)) return null;
  return Math.round((gzipSync(readFileSync(file)).length / 1024) * 10) / 10;
}

interface PageRun {
  page: string;
  ratio: number;
  contentMs: number;
  /** The same work when the reader asked: full analysis whatever the topic. */
  askedRatio: number;
  askedMs: number;
  deferred: boolean;
  askedSteps: Record<string, number>;
  readabilityMs: number;
  longest: number;
  longestStep: string;
  steps: Record<string, number>;
  elsewhere: boolean;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? (s[(s.length - 1) >> 1] + s[s.length >> 1]) / 2 : Number.NaN;
};

const STEPS = [
  'limits',
  'detect',
  'topic',
  'extract',
  'elsewhere',
  'analyse',
  'index',
  'anchor',
  'highlight',
];

/** The median time of each step over pages (0 where a page skipped it). */
function stepMedians(steps: Record<string, number>[]): Record<string, number> {
  return Object.fromEntries(
    STEPS.map((k) => [k, Math.round(median(steps.map((s) => s[k] ?? 0)) * 100) / 100]),
  );
}

async function run(): Promise<BenchResult> {
  if (!hasCorpus) return { metrics: [], notes: [corpusSkipReason] };
  const bundle = await buildBundle('content-bench', ENTRY);
  const extractor = await buildBundle('extractor', EXTRACTOR);
  const server = createServer((req, res) => {
    if (req.url === '/__extractor')
      return res
        .writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
        .end(`<!doctype html><script>${extractor.replace(/<\/script/gi, '<\\/script')}</script>`);
    const name = decodeURIComponent((req.url ?? '/').split('/')[1] ?? '');
    const file = join(pagesDir, name, 'source.html');
    if (!name || !existsSync(file)) return res.writeHead(404).end();
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(readFileSync(file));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as AddressInfo).port;
  const base = `http://127.0.0.1:${port}/`;
  // Another site, so Chromium's site isolation gives the extractor frame its own process and main thread.
  const extractorUrl = `http://localhost:${port}/__extractor`;
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--site-per-process'],
  });
  const runs: PageRun[] = [];
  const failures: string[] = [];
  // Pages whose content security policy refuses the extractor frame (the extension's own route does not
  // depend on the page's policy): their big-page extraction is measured in the page.
  const frameless: string[] = [];
  try {
    const context = await browser.newContext();
    // Nothing leaves the machine: only the page itself loads.
    await context.route('**/*', (r) => {
      const url = r.request().url();
      return url.startsWith(base) || url === extractorUrl ? r.continue() : r.abort();
    });
    const page = await context.newPage();
    // PARALLAX_BENCH_PAGES=a,b measures only those pages (for investigating one slow page).
    const only = process.env.PARALLAX_BENCH_PAGES?.split(',');
    for (const name of readdirSync(pagesDir).sort()) {
      if (only && !only.includes(name)) continue;
      try {
        await page.goto(`${base}${encodeURIComponent(name)}/`, {
          waitUntil: 'domcontentloaded',
          timeout: 20_000,
        });
        // The frame hangs off <html>, outside the body the pipeline reads. A page whose policy blocks it
        // is measured without it (extracted in-page), and says so.
        const framed = await page.evaluate(
          (src) =>
            new Promise<boolean>((resolve) => {
              const f = document.createElement('iframe');
              f.style.display = 'none';
              const timer = setTimeout(() => {
                f.remove();
                resolve(false);
              }, 3000);
              // Loaded is not enough: a frame the page's policy refused loads an error page. It must answer.
              f.onload = () => {
                addEventListener('message', (e) => {
                  if (e.source !== f.contentWindow || e.data !== 'pong') return;
                  clearTimeout(timer);
                  f.id = 'px-extractor';
                  resolve(true);
                });
                f.contentWindow?.postMessage('ping', '*');
              };
              f.src = src;
              document.documentElement.appendChild(f);
            }),
          extractorUrl,
        );
        if (!framed) frameless.push(name);
        await page.evaluate(bundle);
        type Bench = {
          readability(): number;
          content(depth: 'auto' | 'full'): Promise<{
            ms: number;
            longest: number;
            longestStep: string;
            steps: Record<string, number>;
            elsewhere: boolean;
            deferred: boolean;
          }>;
        };
        const out = await page.evaluate(async () => {
          const b = (globalThis as unknown as { __pxBench: Bench }).__pxBench;
          b.readability();
          await b.content('auto');
          await b.content('full');
          const readabilityMs = b.readability();
          const auto = await b.content('auto');
          const full = await b.content('full');
          return { readabilityMs, auto, full };
        });
        const { auto, full, readabilityMs } = out;
        const slower = full.longest > auto.longest ? full : auto;
        runs.push({
          page: name,
          ratio: auto.ms / Math.max(readabilityMs, 0.1),
          contentMs: auto.ms,
          askedRatio: full.ms / Math.max(readabilityMs, 0.1),
          askedMs: full.ms,
          deferred: auto.deferred,
          readabilityMs,
          longest: slower.longest,
          longestStep: slower.longestStep,
          steps: auto.steps,
          askedSteps: full.steps,
          // Only asked runs extract these off-topic pages at all.
          elsewhere: full.elsewhere,
        });
      } catch (err) {
        failures.push(`${name}: ${err instanceof Error ? err.message.split('\n')[0] : String(err)}`);
      }
    }
  } finally {
    await browser.close();
    server.close();
  }
  // Every page's figures, for investigating one (not part of the report).
  writeFileSync(join(outDir, 'runs.json'), JSON.stringify(runs, null, 1));
  const round = (x: number) => Math.round(x * 100) / 100;
  const worst = [...runs].sort((a, b) => b.ratio - a.ratio).slice(0, 5);
  const slowest = [...runs].sort((a, b) => b.longest - a.longest).slice(0, 5);
  const kb = bundleKbGz();
  return {
    metrics: [
      {
        key: 'content_vs_readability_ratio_median',
        value: round(median(runs.map((r) => r.ratio))),
        target: 1.25,
        better: 'lower',
      },
      {
        key: 'content_longest_task_ms_max',
        value: round(Math.max(...runs.map((r) => r.longest))),
        target: 50,
        better: 'lower',
      },
      {
        key: 'content_asked_vs_readability_ratio_median',
        value: round(median(runs.map((r) => r.askedRatio))),
      },
      { key: 'content_ms_median', value: round(median(runs.map((r) => r.contentMs))) },
      { key: 'content_asked_ms_median', value: round(median(runs.map((r) => r.askedMs))) },
      { key: 'content_readability_ms_median', value: round(median(runs.map((r) => r.readabilityMs))) },
      ...(kb === null
        ? []
        : [{ key: 'content_bundle_kb_gz', value: kb, target: 60, better: 'lower' as const }]),
    ],
    extra: {
      content_worst_ratio_pages: worst.map((r) => ({
        page: r.page,
        ratio: round(r.ratio),
        contentMs: round(r.contentMs),
        readabilityMs: round(r.readabilityMs),
      })),
      content_longest_task_pages: slowest.map((r) => ({
        page: r.page,
        ms: round(r.longest),
        step: r.longestStep,
      })),
      content_step_ms_median: stepMedians(runs.map((r) => r.steps)),
      content_asked_step_ms_median: stepMedians(runs.map((r) => r.askedSteps)),
      content_pages_measured: runs.length,
      content_pages_stopped_after_topic_check: runs.filter((r) => r.deferred).length,
      content_pages_extracted_elsewhere: runs.filter((r) => r.elsewhere).map((r) => r.page),
      content_pages_without_extractor_frame: frameless,
      content_page_failures: failures,
    },
    notes: [
      `${runs.length} pages measured, ${failures.length} failed`,
      kb === null
        ? 'no .output/chrome-mv3 build: run `npm run build` for content_bundle_kb_gz'
        : 'bundle size from .output/chrome-mv3',
    ],
  };
}

/** The content-script benchmark. */
const bench: BenchModule = { name: 'content', run };
export default bench;
