/** Corpus measurements shared by the corpus tests and `npm run bench -- extract`. */
import { detectArticle, extractArticle, MAX_TEXT_CHARS } from '@/lib/extract';
import { parseHtml } from '@/lib/node/parse-html';
import type { Article } from '@/lib/types';
import { benchmarkPages, readabilityJsOutput, readabilityPages } from './corpus-pages';
import { corpusF1, type F1Score, pageCounts } from './token-f1';

/** Extraction quality on the 181 benchmark pages. */
export interface ExtractionReport {
  pages: number;
  /** The benchmark's own measure: 4-token shingles. */
  shingle: F1Score;
  /** Plain word-token F1 (a bag of words). */
  tokens: F1Score;
  /** Readability.js's stored output scored by the same code, to check the scorer. */
  readabilityJs: { shingle: F1Score; tokens: F1Score };
  /** Pages detection called "not an article" (all benchmark pages are articles). */
  missedArticles: string[];
  /** Exceptions and malformed articles. */
  failures: string[];
  worst: { id: string; f1: number }[];
  msPerPage: number;
}

/** Detection quality on the readability test pages. */
export interface DetectionReport {
  labelled: number;
  correct: number;
  accuracy: number;
  disagreements: { name: string; expected: boolean; signals: string[] }[];
  failures: string[];
  msPerPage: number;
}

/** Problems with an extracted article's shape: offsets that do not match the text, empty title, over-long text. */
export function articleProblems(a: Article): string[] {
  const out: string[] = [];
  const pieces = a.text.split('\n\n');
  if (pieces.length !== a.paragraphs.length)
    out.push(`${pieces.length} pieces of text but ${a.paragraphs.length} paragraphs`);
  a.paragraphs.forEach((p, i) => {
    const t = a.text.slice(p.start, p.end);
    if (t !== pieces[i] || t !== t.trim() || t.length === 0)
      out.push(`paragraph ${i} does not match its offsets`);
  });
  if (a.text.length > MAX_TEXT_CHARS) out.push('text over MAX_TEXT_CHARS');
  if (a.publishedTime !== null && Number.isNaN(Date.parse(a.publishedTime)))
    out.push(`bad date ${a.publishedTime}`);
  return out;
}

function describeError(name: string, err: unknown): string {
  return `${name}: ${err instanceof Error ? err.message : String(err)}`;
}

/** Runs detection and extraction on every benchmark page and scores the body text. */
export function evaluateExtraction(): ExtractionReport {
  const pages = benchmarkPages();
  const rjs = readabilityJsOutput();
  const pairs: { id: string; truth: string; pred: string }[] = [];
  const missed: string[] = [];
  const failures: string[] = [];
  let ms = 0;
  for (const page of pages) {
    let pred = '';
    try {
      const doc = parseHtml(page.html(), page.url);
      const t0 = performance.now();
      if (!detectArticle(doc).isArticle) missed.push(page.id);
      const article = extractArticle(doc, page.url);
      ms += performance.now() - t0;
      pred = article?.text ?? '';
      for (const problem of article ? articleProblems(article) : []) failures.push(`${page.id}: ${problem}`);
    } catch (err) {
      failures.push(describeError(page.id, err));
    }
    pairs.push({ id: page.id, truth: page.truth, pred });
  }
  const rjsPairs = pages.map((p) => ({ truth: p.truth, pred: rjs[p.id] ?? '' }));
  const worst = pairs
    .map((p) => {
      const [tp, fp, fn] = pageCounts(p.truth, p.pred, 4);
      return { id: p.id, f1: tp > 0 ? (2 * tp) / (2 * tp + fp + fn) : 0 };
    })
    .sort((a, b) => a.f1 - b.f1)
    .slice(0, 5);
  return {
    pages: pages.length,
    shingle: corpusF1(pairs, 4),
    tokens: corpusF1(pairs, 1),
    readabilityJs: { shingle: corpusF1(rjsPairs, 4), tokens: corpusF1(rjsPairs, 1) },
    missedArticles: missed,
    failures,
    worst,
    msPerPage: ms / pages.length,
  };
}

/** Runs detection (and extraction, for robustness) on every readability test page, against `readerable`. */
export function evaluateDetection(): DetectionReport {
  const disagreements: DetectionReport['disagreements'] = [];
  const failures: string[] = [];
  let labelled = 0;
  let correct = 0;
  let ms = 0;
  const pages = readabilityPages();
  for (const page of pages) {
    try {
      // An article-like URL, so only the page's own content and markup decide.
      const url = `https://example.com/news/${page.name}.html`;
      const doc = parseHtml(page.html(), url);
      const t0 = performance.now();
      const d = detectArticle(doc);
      ms += performance.now() - t0;
      const article = extractArticle(doc, url);
      for (const problem of article ? articleProblems(article) : [])
        failures.push(`${page.name}: ${problem}`);
      if (page.readerable === null) continue;
      labelled++;
      if (d.isArticle === page.readerable) correct++;
      else disagreements.push({ name: page.name, expected: page.readerable, signals: d.signals });
    } catch (err) {
      failures.push(describeError(page.name, err));
    }
  }
  return {
    labelled,
    correct,
    accuracy: labelled ? correct / labelled : 0,
    disagreements,
    failures,
    msPerPage: ms / pages.length,
  };
}
