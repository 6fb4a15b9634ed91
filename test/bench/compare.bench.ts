/**
 * Comparison speed: related reports plus differences for the current article against collections of 10k
 * and 100k saved reports. The store's candidate lookup is modelled by an inverted index over each report's
 * actor ids and top terms (keys held by more than 10% of reports are skipped, as stop keys); the best 200
 * candidates by idf-weighted shared keys are then ranked by `rankRelated` and the top 10 diffed with
 * `diffReports` (both through `compareCurrent`). Timed per query: index lookup + ranking + diffs. Saved reports' features, tf-idf vectors
 * and claim weights are precomputed (cached by report id, against collection-wide frequency tables a store
 * keeps); the current article's are computed in the timed section. A cold run (nothing cached, frequencies
 * computed over the candidates) is reported as well. Building candidate reports stands in for reading them
 * from IndexedDB and is not timed.
 */
import { performance } from 'node:perf_hooks';
import { compareCurrent } from '@/lib/compare/compare-current';
import { clearFeatureCache, reportFeatures } from '@/lib/compare/features';
import { rankRelated } from '@/lib/compare/related';
import { buildDocFreq, type DocFreq } from '@/lib/compare/weights';
import { SyntheticCollection } from '@/test/fixtures/compare/synthetic-collection';
import type { BenchMetric, BenchModule } from './bench-types';

const CANDIDATES = 200;
const QUERIES = 40;

function buildIndex(c: SyntheticCollection): Map<string, number[]> {
  const index = new Map<string, number[]>();
  for (let i = 0; i < c.size; i++) {
    for (const k of new Set(c.indexKeys(i))) {
      const list = index.get(k);
      if (list) list.push(i);
      else index.set(k, [i]);
    }
  }
  return index;
}

const scores = new Map<number, Float64Array>();

function candidatesFor(keys: string[], index: Map<string, number[]>, size: number): number[] {
  let score = scores.get(size);
  if (!score) {
    score = new Float64Array(size);
    scores.set(size, score);
  }
  const touched: number[] = [];
  for (const k of new Set(keys)) {
    const list = index.get(k);
    if (!list || list.length > size * 0.1) continue;
    const w = Math.log(1 + size / list.length);
    for (const i of list) {
      if (score[i] === 0) touched.push(i);
      score[i] += w;
    }
  }
  const s = score;
  const top = touched.sort((a, b) => s[b] - s[a] || a - b).slice(0, CANDIDATES);
  for (const i of touched) s[i] = 0;
  return top;
}

/**
 * The collection-wide frequency tables a store would keep up to date as reports are saved, estimated here
 * from a sample of the collection (idf depends only on the ratio df/n).
 */
function collectionDocFreq(c: SyntheticCollection): { termDocFreq: DocFreq; actorDocFreq: DocFreq } {
  const sample = Array.from({ length: 2000 }, (_, k) =>
    reportFeatures(c.report(Math.floor((k * c.size) / 2000))),
  );
  clearFeatureCache();
  return {
    termDocFreq: buildDocFreq(sample.map((f) => f.tf.keys())),
    actorDocFreq: buildDocFreq(sample.map((f) => f.actorIds)),
  };
}

function p95(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return Math.round(s[Math.min(s.length - 1, Math.ceil(s.length * 0.95) - 1)] * 10) / 10;
}

function measure(size: number, target: number, warm = true): { metrics: BenchMetric[]; precision: number } {
  const c = new SyntheticCollection(size);
  const index = buildIndex(c);
  const freq = collectionDocFreq(c);
  const options = warm ? freq : {};
  const times: number[] = [];
  const cpuTimes: number[] = [];
  let sameEvent = 0;
  let shown = 0;
  // The store reads the candidates: not part of the comparison's time. They are all read before timing
  // starts so that building them does not leave garbage to collect inside the timed sections.
  const queries = Array.from({ length: QUERIES }, (_, q) => {
    const event = (q * 7919) % c.events;
    const current = c.report(size + q, event);
    const keys = [...current.actors.map((a) => a.id), ...c.indexKeys(size + q)];
    return { event, current, keys, candidates: candidatesFor(keys, index, size).map((i) => c.report(i)) };
  });
  for (const { event, current, keys, candidates } of queries) {
    // Saved reports' features are computed once, when saved or first compared (cached by id); the current
    // article's are computed in the timed section. A cold run is measured separately below.
    clearFeatureCache();
    // Warming ranks the candidates among themselves: it fills their features, vectors and claim weights.
    if (warm) rankRelated(candidates[0], candidates, freq);
    const t0 = performance.now();
    const c0 = process.cpuUsage();
    candidatesFor(keys, index, size);
    const related = compareCurrent(current, candidates, { ...options, limit: 10 });
    times.push(performance.now() - t0);
    const dc = process.cpuUsage(c0);
    cpuTimes.push((dc.user + dc.system) / 1000);
    for (const r of related.slice(0, 10)) {
      shown++;
      if (c.eventOf(Number(r.report.id.slice(1))) === event) sameEvent++;
    }
  }
  const label = size >= 1000 ? `${size / 1000}k` : String(size);
  return {
    metrics: [
      warm
        ? { key: `related_diff_ms_p95_${label}`, value: p95(times), target, better: 'lower' }
        : { key: `related_diff_ms_p95_${label}_cold`, value: p95(times), better: 'lower' },
      {
        key: `related_diff_cpu_ms_p95_${label}${warm ? '' : '_cold'}`,
        value: p95(cpuTimes),
        better: 'lower',
      },
    ],
    precision: shown === 0 ? 0 : sameEvent / shown,
  };
}

const bench: BenchModule = {
  name: 'compare',
  async run() {
    const small = measure(10_000, 50);
    const large = measure(100_000, 200);
    const cold = measure(10_000, 0, false);
    return {
      metrics: [
        ...small.metrics,
        ...large.metrics,
        ...cold.metrics,
        { key: 'related_top10_same_event_100k', value: Math.round(large.precision * 1000) / 1000 },
      ],
      notes: [
        `${QUERIES} queries per size, ${CANDIDATES} candidates each from an inverted index; top 10 related diffed`,
        `same-event share of the top 10 related: 10k ${small.precision.toFixed(3)}, 100k ${large.precision.toFixed(3)}`,
      ],
    };
  },
};

export default bench;
