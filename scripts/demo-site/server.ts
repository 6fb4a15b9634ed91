import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { routePage } from './routes';

/** A running demo site. */
export interface DemoSite {
  /** e.g. "http://127.0.0.1:8377/" */
  url: string;
  close(): Promise<void>;
}

/** Options for startDemoSite; port 0 (the default) picks a free port. */
export interface DemoSiteOptions {
  port?: number;
}

function originFor(req: IncomingMessage, port: number): string {
  // Trust the Host header only when it names this loopback server, so canonical URLs follow the port in use.
  const host = req.headers.host ?? '';
  return /^(127\.0\.0\.1|localhost):\d+$/.test(host) ? `http://${host}` : `http://127.0.0.1:${port}`;
}

function handle(req: IncomingMessage, res: ServerResponse, port: number): void {
  const send = (status: number, type: string, body: string): void => {
    res.writeHead(status, {
      'Content-Type': type,
      'Cache-Control': 'no-store',
      'X-Content-Type-Options': 'nosniff',
      'Content-Length': Buffer.byteLength(body),
    });
    res.end(req.method === 'HEAD' ? undefined : body);
  };
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.setHeader('Allow', 'GET, HEAD');
    send(405, 'text/plain; charset=utf-8', 'Method not allowed: the demo site only serves GET and HEAD.\n');
    return;
  }
  let path: string;
  try {
    path = decodeURIComponent(new URL(req.url ?? '/', 'http://127.0.0.1').pathname);
  } catch {
    send(400, 'text/plain; charset=utf-8', 'Bad request: the URL could not be decoded.\n');
    return;
  }
  const r = routePage(path, { origin: originFor(req, port) });
  send(r.status, r.type, r.body);
}

/** Starts the demo news site on 127.0.0.1 (loopback only); resolves once it is listening. */
export function startDemoSite(opts: DemoSiteOptions = {}): Promise<DemoSite> {
  return new Promise((resolvePromise, reject) => {
    let port = 0;
    const server = createServer((req, res) => {
      try {
        handle(req, res, port);
      } catch (err) {
        res.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' });
        res.end(`Demo site error: ${err instanceof Error ? err.message : String(err)}\n`);
      }
    });
    server.once('error', reject);
    server.listen(opts.port ?? 0, '127.0.0.1', () => {
      port = (server.address() as AddressInfo).port;
      resolvePromise({
        url: `http://127.0.0.1:${port}/`,
        close: () =>
          new Promise<void>((done, fail) => {
            server.close((e) => (e ? fail(e) : done()));
            server.closeAllConnections();
          }),
      });
    });
  });
}
