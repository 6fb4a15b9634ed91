/** Loading the shared corpus pages (readability test pages, extraction benchmark) for tests and benches. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { corpusDir } from '../corpus';

/** One benchmark page with its ground-truth body. */
export interface BenchmarkPage {
  id: string;
  url: string;
  truth: string;
  html: () => string;
}

/** One readability test page with its expected readerable flag, when the case records one. */
export interface ReadabilityPage {
  name: string;
  readerable: boolean | null;
  html: () => string;
}

/** The 181 extraction-benchmark pages; HTML is read lazily. */
export function benchmarkPages(): BenchmarkPage[] {
  const dir = join(corpusDir, 'extraction-benchmark');
  const truth = JSON.parse(readFileSync(join(dir, 'ground-truth.json'), 'utf8')) as Record<
    string,
    { articleBody: string; url: string }
  >;
  return Object.entries(truth).map(([id, t]) => ({
    id,
    url: t.url,
    truth: t.articleBody,
    html: () => gunzipSync(readFileSync(join(dir, 'html', `${id}.html.gz`))).toString('utf8'),
  }));
}

/** Readability.js's stored output on the benchmark pages, by id. */
export function readabilityJsOutput(): Record<string, string> {
  const file = join(corpusDir, 'extraction-benchmark/output/readability_js.json');
  const data = JSON.parse(readFileSync(file, 'utf8')) as { output: Record<string, { articleBody?: string }> };
  return Object.fromEntries(Object.entries(data.output).map(([k, v]) => [k, v.articleBody ?? '']));
}

/** The 130 readability test pages. */
export function readabilityPages(): ReadabilityPage[] {
  const dir = join(corpusDir, 'readability-pages/test-pages');
  return readdirSync(dir)
    .filter((name) => existsSync(join(dir, name, 'source.html')))
    .sort()
    .map((name) => {
      const metaFile = join(dir, name, 'expected-metadata.json');
      let readerable: boolean | null = null;
      if (existsSync(metaFile)) {
        const meta = JSON.parse(readFileSync(metaFile, 'utf8')) as { readerable?: boolean };
        readerable = typeof meta.readerable === 'boolean' ? meta.readerable : null;
      }
      return { name, readerable, html: () => readFileSync(join(dir, name, 'source.html'), 'utf8') };
    });
}
