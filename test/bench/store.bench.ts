/**
 * Store benchmark (fake-indexeddb in Node: absolute times differ from a browser's IndexedDB; trends and
 * sizes carry over). Reports are generated from the store fixtures: invented paragraphs recombined with
 * varying names and figures, analysed into actors and claims.
 */
import 'fake-indexeddb/auto';
import { newReportId } from '@/lib/store/build-report';
import { ParallaxDB } from '@/lib/store/db';
import { hash32 } from '@/lib/store/fingerprint';
import { candidatesFor } from '@/lib/store/query';
import type { ReportRow } from '@/lib/store/rows';
import { saveReport } from '@/lib/store/save';
import { articleTerms } from '@/lib/store/terms';
import type { Analysis, Article } from '@/lib/types';
import { analyseFixture, makeArticle } from '../fixtures/store/make-articles';
import type { BenchModule } from './bench-types';

const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return Math.round(s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] * 100) / 100;
};

function inputs(n: number, seed: number): { article: Article; analysis: Analysis }[] {
  return Array.from({ length: n }, (_, i) => {
    const article = makeArticle(i, seed);
    return { article, analysis: analyseFixture(article) };
  });
}

// A stored collection has a long tail of rare terms (places, names); clones get some so index keys vary.
function variant(base: ReportRow, i: number, stub: boolean): ReportRow {
  const url = `https://bulk${i % 97}.example/story/${i}`;
  const tail = Array.from({ length: 16 }, (_, k) => `x${(hash32(`${i}:${k}`) % 40_000).toString(36)}`);
  const terms = [...base.terms.filter((_, k) => (k + i) % 7 !== 0), ...tail].slice(0, 128);
  const lshBands = base.lshBands.map((b, k) => `${k}:${hash32(`${i}${b}`).toString(36)}`);
  const id = newReportId(new Date(1.6e12 + i * 60_000).toISOString());
  const row: ReportRow = { ...base, id, canonicalUrl: url, urls: [url], terms, lshBands };
  // Rows past 10k keep every index entry but no text or analysis, so 100k rows fit in memory and time.
  return stub ? { ...row, text: '', p: [], claims: {}, actors: {}, w: [] } : row;
}

// Raw IndexedDB puts in large transactions: populating through Dexie's middleware doubles the time.
async function populate(
  db: ParallaxDB,
  bases: ReportRow[],
  from: number,
  to: number,
  stub: boolean,
): Promise<number> {
  const started = performance.now();
  const idb = db.backendDB();
  for (let at = from; at < to; at += 5000) {
    await new Promise<void>((resolve, reject) => {
      const tx = idb.transaction('reports', 'readwrite');
      const store = tx.objectStore('reports');
      for (let i = at; i < Math.min(to, at + 5000); i++) store.put(variant(bases[i % bases.length], i, stub));
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    process.stderr.write(`  store bench: ${Math.min(to, at + 5000)} reports stored\n`);
  }
  return performance.now() - started;
}

async function candidateTimes(
  db: ParallaxDB,
  probes: { article: Article; analysis: Analysis }[],
): Promise<number[]> {
  const times: number[] = [];
  for (const { article, analysis } of probes) {
    const t = performance.now();
    const found = await candidatesFor(db, {
      actorIds: analysis.actors.map((a) => a.id),
      terms: articleTerms(article.title, article.text),
      publishedTime: article.publishedTime,
    });
    times.push(performance.now() - t);
    if (found.length === 0) throw new Error('no candidates found for a related article');
  }
  return times;
}

// fake-indexeddb keeps every index entry as a JS object: 100k reports (~12M entries) need a large heap and
// many minutes, so the default run stops at 30k; STORE_BENCH_LARGE=100000 measures the 100k figure.
const LARGE = Number(process.env.STORE_BENCH_LARGE ?? 30_000);

const bench: BenchModule = {
  name: 'store',
  async run() {
    const db = new ParallaxDB(`bench-store-${Date.now()}`);
    await db.open();
    const saves = inputs(200, 5);
    const saveTimes: number[] = [];
    for (const s of saves) {
      const t = performance.now();
      await saveReport(db, s);
      saveTimes.push(performance.now() - t);
    }
    const saved = await db.reports.toArray();
    const sizes = saved
      .filter((r) => !r.sameTextAs)
      .map((r) => ({ kb: Buffer.byteLength(JSON.stringify(r)) / 1024, chars: r.text.length }));
    const typical = sizes.filter((s) => s.chars >= 5000 && s.chars <= 6500);
    const kb = (xs: typeof sizes) => Math.round((xs.reduce((a, s) => a + s.kb, 0) / xs.length) * 100) / 100;
    const bases = saved.filter((r) => !r.sameTextAs);
    const probes = inputs(30, 77);
    const pop10k = await populate(db, bases, 200, 10_000, false);
    const c10k = await candidateTimes(db, probes);
    const saveAt10k: number[] = [];
    for (const s of inputs(40, 9)) {
      const t = performance.now();
      await saveReport(db, s);
      saveAt10k.push(performance.now() - t);
    }
    const popLarge = await populate(db, bases, 10_240, LARGE, true);
    const cLarge = await candidateTimes(db, probes);
    const count = await db.reports.count();
    db.close();
    return {
      metrics: [
        { key: 'save_ms_p50', value: pct(saveTimes, 50), target: 10, better: 'lower' },
        { key: 'save_ms_p95', value: pct(saveTimes, 95) },
        { key: 'save_ms_p50_10k', value: pct(saveAt10k, 50) },
        {
          key: 'stored_kb_per_article',
          value: kb(typical.length ? typical : sizes),
          target: 20,
          better: 'lower',
        },
        { key: 'stored_kb_per_article_all', value: kb(sizes) },
        { key: 'candidates_ms_p95_10k', value: pct(c10k, 95) },
        { key: `candidates_ms_p95_${LARGE / 1000}k`, value: pct(cLarge, 95) },
        { key: 'populate_10k_s', value: Math.round(pop10k / 100) / 10 },
        { key: `populate_${LARGE / 1000}k_s`, value: Math.round(popLarge / 100) / 10 },
      ],
      notes: [
        `fake-indexeddb in Node; ${count} reports stored at the end`,
        `stored_kb_per_article over ${typical.length} generated reports of 5,000–6,500 chars (JSON bytes of the stored row)`,
        `rows 10,240–${LARGE} keep every index entry but no text or analysis (index-only), to fit memory and time`,
      ],
    };
  },
};

export default bench;
