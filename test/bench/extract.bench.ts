/**
 * `npm run bench -- extract`: body-text F1 on the 181 extraction-benchmark pages (the benchmark's own
 * 4-token-shingle measure, and plain word tokens), detection accuracy on the 130 readability pages, time per
 * page, and the gzipped size of lib/extract bundled as the content script would bundle it.
 */
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { corpusSkipReason, hasCorpus } from '../corpus';
import { evaluateDetection, evaluateExtraction } from '../extract/corpus-eval';
import type { BenchMetric, BenchModule } from './bench-types';

const round = (x: number, digits = 4) => Number(x.toFixed(digits));

async function extractBundleKbGz(): Promise<number> {
  const out = await build({
    entryPoints: [resolve(import.meta.dirname, '../../lib/extract/index.ts')],
    bundle: true,
    minify: true,
    format: 'esm',
    write: false,
    platform: 'browser',
    alias: { '@': resolve(import.meta.dirname, '../..') },
  });
  return round(gzipSync(out.outputFiles[0].contents).length / 1024, 1);
}

const bench: BenchModule = {
  name: 'extract',
  async run() {
    const metrics: BenchMetric[] = [
      { key: 'extract_bundle_kb_gz', value: await extractBundleKbGz(), target: 60, better: 'lower' },
    ];
    if (!hasCorpus) return { metrics, notes: [corpusSkipReason] };
    const e = evaluateExtraction();
    const d = evaluateDetection();
    metrics.push(
      { key: 'extract_f1_benchmark', value: round(e.shingle.f1), target: 0.947, better: 'higher' },
      { key: 'extract_precision_benchmark', value: round(e.shingle.precision) },
      { key: 'extract_recall_benchmark', value: round(e.shingle.recall) },
      { key: 'extract_token_f1_benchmark', value: round(e.tokens.f1), target: 0.947, better: 'higher' },
      { key: 'extract_f1_readability_js_stored', value: round(e.readabilityJs.shingle.f1) },
      { key: 'extract_ms_per_page', value: round(e.msPerPage, 1) },
      { key: 'extract_exceptions', value: e.failures.length + d.failures.length, target: 0, better: 'lower' },
      { key: 'detect_accuracy_readability_pages', value: round(d.accuracy), target: 0.97, better: 'higher' },
      {
        key: 'detect_recall_benchmark_pages',
        value: round(1 - e.missedArticles.length / e.pages),
        target: 0.98,
        better: 'higher',
      },
      { key: 'detect_ms_per_page', value: round(d.msPerPage, 1) },
    );
    return {
      metrics,
      extra: {
        extract_worst_pages: e.worst,
        detect_disagreements: d.disagreements.map((x) => ({ name: x.name, expected: x.expected })),
      },
      notes: [
        `scorer check: Readability.js stored output scores ${round(e.readabilityJs.shingle.f1)} (published 0.947)`,
        ...d.disagreements.map((x) => `detection disagrees with readerable=${x.expected} on ${x.name}`),
      ],
    };
  },
};

export default bench;
