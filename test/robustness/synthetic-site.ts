/**
 * A local site of distinct synthetic news articles (`/a/<n>`), for e2e fault tests that need many
 * different articles at once. Each article mixes story sentences with numbered filler so no two share text.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { storySentences } from '../fuzz/hostile-input';

const WORDS = [
  'convoy',
  'patrol',
  'airfield',
  'checkpoint',
  'ministry',
  'garrison',
  'corridor',
  'council',
  'harbor',
  'valley',
  'bridge',
  'depot',
];

function filler(n: number, k: number): string {
  const pick = (j: number) => WORDS[(n * 7 + k * 3 + j * 5) % WORDS.length];
  return `Local observers counted ${n * 10 + k} vehicles near the ${pick(0)} and the ${pick(1)} in dispatch ${n}-${k}, while the ${pick(2)} stayed closed.`;
}

/** The HTML of article `n`, with `paragraphs` paragraphs (raise it for a large, slow save). */
export function syntheticArticle(n: number, paragraphs = 8): string {
  const ps = Array.from(
    { length: paragraphs },
    (_, k) => `<p>${storySentences[(n + k) % storySentences.length]} ${filler(n, k)}</p>`,
  );
  return `<!doctype html><html lang="en"><head><title>Dispatch ${n}: drone attack on US base</title>
<meta property="og:type" content="article"><meta name="author" content="Staff ${n}">
<meta property="article:published_time" content="2024-01-${String((n % 27) + 1).padStart(2, '0')}T10:00:00Z"></head>
<body><article><h1>Dispatch ${n}: drone attack on US base</h1>${ps.join('\n')}</article></body></html>`;
}

/** A running synthetic site. */
export interface SyntheticSite {
  url: string;
  close(): Promise<void>;
}

/** Serves `/a/<n>` (optionally `?p=<paragraphs>`) on a free loopback port. */
export async function startSyntheticSite(): Promise<SyntheticSite> {
  const server: Server = createServer((req, res) => {
    const u = new URL(req.url ?? '/', 'http://127.0.0.1');
    const m = /^\/a\/(\d+)$/.exec(u.pathname);
    if (!m) {
      res.writeHead(404).end();
      return;
    }
    const paragraphs = Math.min(Number(u.searchParams.get('p')) || 8, 3000);
    res
      .writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
      .end(syntheticArticle(Number(m[1]), paragraphs));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
