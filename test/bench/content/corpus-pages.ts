/**
 * The content benchmark's pages: the 130 Readability test pages and the 181 extraction-benchmark pages, served
 * from 127.0.0.1 (the origin the test build may script) exactly as stored, plus one page laid out from seed 000
 * (6,201 characters) for the first analysis after start. Nothing is copied into the project: pages are read
 * from ../shared/corpus at run time.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { corpusDir } from '../../corpus';

const readabilityDir = join(corpusDir, 'readability-pages/test-pages');
const benchmarkDir = join(corpusDir, 'extraction-benchmark/html');
/** The seed used for the first analysis after start. */
export const SEED = join(corpusDir, 'seeds/000_31ae02e01ec66a04.txt');

/** A corpus page: its name in the results and its path on the server. */
export interface CorpusPage {
  name: string;
  path: string;
}

/** Every corpus page, Readability's first, in a stable order. */
export function corpusPages(): CorpusPage[] {
  const r = readdirSync(readabilityDir)
    .sort()
    .map((n) => ({ name: `readability/${n}`, path: `/r/${encodeURIComponent(n)}/` }));
  const b = readdirSync(benchmarkDir)
    .filter((f) => f.endsWith('.html.gz'))
    .sort()
    .map((f) => f.replace('.html.gz', ''))
    .map((id) => ({ name: `benchmark/${id.slice(0, 12)}`, path: `/b/${id}/` }));
  return [...r, ...b];
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/** A plain-text report laid out as a news page (headline, byline, paragraphs). */
export function seedPage(text: string): string {
  const [title, ...rest] = text.split('\n').filter((l) => l.trim());
  const paras = rest.map((p) => `<p>${esc(p)}</p>`).join('\n');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${esc(title)}</title>
<meta property="og:type" content="article"></head><body><header><nav><a href="/">Home</a></nav></header>
<main><article><h1>${esc(title)}</h1><p>By Staff Reporter</p>${paras}</article></main></body></html>`;
}

function body(url: string): Buffer | string | null {
  const [, kind, raw] = url.split('/');
  const name = decodeURIComponent(raw ?? '');
  if (!name || name.includes('..')) return null;
  if (kind === 'r') {
    const file = join(readabilityDir, name, 'source.html');
    return existsSync(file) ? readFileSync(file) : null;
  }
  if (kind === 'b') {
    const file = join(benchmarkDir, `${name}.html.gz`);
    return existsSync(file) ? gunzipSync(readFileSync(file)) : null;
  }
  if (kind === 'seed') return seedPage(readFileSync(SEED, 'utf8'));
  return null;
}

/** Serves the pages on 127.0.0.1; resolves with the server and its base URL (no trailing slash). */
export async function serveCorpus(): Promise<{ server: Server; base: string }> {
  const server = createServer((req, res) => {
    const b = body(req.url ?? '/');
    if (b === null) return res.writeHead(404).end();
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(b);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return { server, base: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}
