/**
 * Serves the real corpus pages from 127.0.0.1 for the Chromium robustness run, neutralised so nothing on
 * them can leave the machine: a CSP that allows no script and no remote fetch, and no meta refresh or <base>.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { benchmarkPages, readabilityPages } from '../extract/corpus-pages';

/** One corpus page, by the name the report prints. */
export interface CorpusPage {
  name: string;
  html: () => string;
}

/** The 311 corpus pages (130 readability test pages, then 181 extraction-benchmark pages). */
export function corpusPages(): CorpusPage[] {
  return [
    ...readabilityPages().map((p) => ({ name: `readability/${p.name}`, html: p.html })),
    ...benchmarkPages().map((p) => ({ name: `benchmark/${p.id}`, html: p.html })),
  ];
}

/**
 * Page scripts are refused (the content script is exempt from the page's CSP), and so is every fetch but
 * inline styles and data: images; navigation is the one thing CSP cannot stop, so refresh and <base> go.
 */
export const NEUTRAL_CSP =
  "default-src 'none'; style-src 'unsafe-inline'; img-src data:; font-src 'none'; script-src 'none'; frame-src 'none'; form-action 'none'";

/**
 * Points every absolute and protocol-relative URL at this server and removes what could navigate the page
 * away. CSP alone is not enough: Chromium opens proxy tunnels for blocked iframes before refusing them.
 */
export function neutralise(html: string): string {
  return html
    .replace(/\bhttps?:\/\//gi, '/offsite/')
    .replace(/(=\s*["']?\s*|url\(\s*["']?|,\s*)\/\/(?=[\w-]+\.)/gi, '$1/offsite/')
    .replace(/<meta\b[^>]*http-equiv\s*=\s*["']?\s*refresh[^>]*>/gi, '')
    .replace(/<base\b[^>]*>/gi, '')
    .replace(
      /<link\b[^>]*rel\s*=\s*["']?[^"'>]*(preconnect|dns-prefetch|prefetch|prerender|preload)[^>]*>/gi,
      '',
    );
}

/** A running corpus server: page i is at `${url}p/${i}`. */
export interface CorpusServer {
  url: string;
  pages: CorpusPage[];
  close(): Promise<void>;
}

/** Starts the server on a free loopback port. */
export async function startCorpusServer(pages = corpusPages()): Promise<CorpusServer> {
  const server: Server = createServer((req, res) => {
    const m = /^\/p\/(\d+)$/.exec(req.url ?? '');
    const page = m ? pages[Number(m[1])] : undefined;
    if (!page) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    res
      .writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': NEUTRAL_CSP })
      .end(neutralise(page.html()));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    pages,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
