/**
 * `npm run bench -- analyze`: speed of `analyzeArticle` (actors + claims + topics) per 6,000 characters, and
 * its cold start: lexicon and topic compilation plus the first call, in a fresh Node process.
 *
 * The cold start includes the first `Intl.Segmenter` of the process, whose ICU set-up (about 8-9 ms here) is
 * paid by the first Intl object of any kind and which sentence splitting requires. It is also measured on
 * its own, in fresh processes that construct a segmenter before the clock starts, so the report shows how
 * much of the total is that floor; `analysis_cold_start_ms` stays the full figure. A second run on the same
 * text in the same process shows how much of the rest is the text's own work and how much is first-run cost.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { DOMParser } from 'linkedom';
import { analyzeArticle } from '../../lib/analyze/index';
import type { Article } from '../../lib/types';
import { articleFromText } from '../analyze/actors/article-from-text';
import { corpusDir, hasCorpus } from '../corpus';
import type { BenchModule } from './bench-types';

const root = resolve(import.meta.dirname, '../..');

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.floor(s.length / 2)] : Number.NaN;
}

/** Seeds, our own fixtures, and the text of Readability's expected output for the corpus pages. */
function loadTexts(): { name: string; article: Article }[] {
  const out: { name: string; article: Article }[] = [];
  const fixtures = join(root, 'test/fixtures/analyze');
  for (const f of readdirSync(fixtures))
    out.push({ name: f, article: articleFromText(readFileSync(join(fixtures, f), 'utf8')) });
  if (!hasCorpus) return out;
  const seeds = join(corpusDir, 'seeds');
  for (const f of readdirSync(seeds))
    out.push({ name: f, article: articleFromText(readFileSync(join(seeds, f), 'utf8')) });
  const pages = join(corpusDir, 'readability-pages/test-pages');
  for (const name of readdirSync(pages).sort()) {
    const html = readFileSync(join(pages, name, 'expected.html'), 'utf8');
    const doc = new DOMParser().parseFromString(`<html><body>${html}</body></html>`, 'text/html');
    const paras = [...doc.querySelectorAll('p, h1, h2, h3, li, blockquote')]
      .map((e) => (e.textContent ?? '').replace(/\s+/g, ' ').trim())
      .filter(Boolean);
    out.push({ name, article: articleFromText(paras.join('\n\n')) });
  }
  return out;
}

// The same work as analyzeArticle, timed step by step so the report shows where a cold start goes.
const COLD_SCRIPT = `
const { readFileSync } = await import('node:fs');
const text = readFileSync(process.argv[1], 'utf8');
const paragraphs = [...text.matchAll(/[^\\n]+/g)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
const article = { url: 'https://example.test/a', canonicalUrl: 'https://example.test/a', title: '', byline: null, siteName: '', publishedTime: null, lang: 'en', text, paragraphs };
const lib = ${JSON.stringify(join(root, 'lib/analyze'))};
const { getDefaultLexicon, getDefaultTopics } = await import(lib + '/index.ts');
const { findActors } = await import(lib + '/actors/find-actors.ts');
const { scoreTopics } = await import(lib + '/topic/score-topic.ts');
const { extractClaims } = await import(lib + '/claims/index.ts');
let intl = 0;
if (process.argv[2] === 'intl-first') {
  const i0 = performance.now();
  new Intl.Segmenter('en', { granularity: 'sentence' });
  intl = performance.now() - i0;
}
const t0 = performance.now();
const lexicon = getDefaultLexicon();
const topics = getDefaultTopics();
const t1 = performance.now();
const actors = findActors(article, lexicon);
const t2 = performance.now();
scoreTopics(article, actors, topics, lexicon);
const t3 = performance.now();
extractClaims(article, actors);
const t4 = performance.now();
// The same text again: the code is compiled and its caches are warm, so this is the work the text itself costs.
const again0 = performance.now();
const actors2 = findActors(article, getDefaultLexicon());
scoreTopics(article, actors2, getDefaultTopics(), getDefaultLexicon());
extractClaims(article, actors2);
const again = performance.now() - again0;
process.stdout.write(JSON.stringify({ compile: t1 - t0, actors: t2 - t1, topics: t3 - t2, claims: t4 - t3, total: t4 - t0, intl, again }));
`;

interface Cold {
  compile: number;
  actors: number;
  topics: number;
  claims: number;
  total: number;
  /** The first Intl.Segmenter of the process, when it was made before the clock started (else 0). */
  intl: number;
  /** The same analysis run again right after, in the same process. */
  again: number;
}

function coldStart(file: string, intlFirst = false): Cold {
  const out = execFileSync(
    process.execPath,
    ['--import', 'tsx', '--input-type=module', '-e', COLD_SCRIPT, file, ...(intlFirst ? ['intl-first'] : [])],
    {
      cwd: root,
      encoding: 'utf8',
    },
  );
  return JSON.parse(out) as Cold;
}

const round2 = (x: number) => Math.round(x * 100) / 100;

const bench: BenchModule = {
  name: 'analyze',
  async run() {
    const texts = loadTexts().filter((t) => t.article.text.length >= 1000);
    for (const t of texts.slice(0, 10)) analyzeArticle(t.article);
    const perSixK: { name: string; ms: number; chars: number }[] = [];
    for (const t of texts) {
      // The fastest of several rounds: other processes share the cores, and they only ever add time.
      const rounds = t.article.text.length > 50_000 ? 3 : 10;
      let ms = Number.POSITIVE_INFINITY;
      for (let i = 0; i < rounds; i++) {
        const t0 = performance.now();
        analyzeArticle(t.article);
        ms = Math.min(ms, performance.now() - t0);
      }
      perSixK.push({ name: t.name, ms: (ms * 6000) / t.article.text.length, chars: t.article.text.length });
    }
    const coldFile = hasCorpus
      ? join(corpusDir, 'seeds', readdirSync(join(corpusDir, 'seeds')).sort()[0])
      : join(root, 'test/fixtures/analyze/invented-korvath.txt');
    const colds = [0, 1, 2, 3, 4].map(() => coldStart(coldFile));
    const best = colds.reduce((a, b) => (b.total < a.total ? b : a));
    // The same, with the process's first Intl.Segmenter made (and timed) before the clock starts.
    const split = [0, 1, 2, 3, 4].map(() => coldStart(coldFile, true));
    const intlMs = Math.min(...split.map((c) => c.intl));
    const withoutIntlMs = Math.min(...split.map((c) => c.total));
    const mine = (c: Cold) => c.compile + c.actors + c.topics;
    const againMs = Math.min(...colds.map((c) => c.again));
    const worst = [...perSixK].sort((a, b) => b.ms - a.ms).slice(0, 5);
    return {
      metrics: [
        {
          key: 'analyze_ms_per_6k_chars',
          value: Number(median(perSixK.map((p) => p.ms)).toFixed(3)),
          target: 3,
          better: 'lower',
        },
        {
          key: 'analysis_cold_start_ms',
          value: round2(best.total),
          target: 15,
          better: 'lower',
        },
        // Informational, no target: the ICU floor inside the figure above, and the rest of it.
        { key: 'analysis_cold_start_intl_ms', value: round2(intlMs) },
        { key: 'analysis_cold_start_without_intl_ms', value: round2(withoutIntlMs) },
        { key: 'analysis_second_run_ms', value: round2(againMs) },
      ],
      extra: {
        analyze_worst_per_6k: worst,
        analysis_cold_start_parts_ms: {
          compile: round2(best.compile),
          actors: round2(best.actors),
          topics: round2(best.topics),
          claims: round2(best.claims),
          total: round2(best.total),
        },
        analysis_cold_start_without_claims_ms: round2(Math.min(...colds.map(mine))),
      },
      notes: [
        `${perSixK.length} texts of ≥ 1,000 chars (fixtures, seeds, Readability expected output)`,
        `cold start (best of 5 fresh processes, module loading excluded): compile ${round2(best.compile)} ms, actors ${round2(best.actors)} ms, topics ${round2(best.topics)} ms, claims ${round2(best.claims)} ms`,
        `cold start without claims (lexicon + topics + actors + topic scores): ${round2(Math.min(...colds.map(mine)))} ms`,
        `first Intl.Segmenter of a fresh process (ICU set-up, inside the claims step above): ${round2(intlMs)} ms; cold start with it made beforehand: ${round2(withoutIntlMs)} ms`,
        `the same text analysed again in that process: ${round2(againMs)} ms; the rest of the cold start without ICU (${round2(withoutIntlMs - againMs)} ms) is the engine's code running for the first time (compiling functions, filling inline caches)`,
      ],
    };
  },
};

export default bench;
