import { createServer, type Server } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

/** A request that reached the sentinel: something tried to leave the machine. */
export interface EscapedRequest {
  method: string;
  target: string;
  at: number;
}

/**
 * Hosts a browser contacts for its own services (Firefox's remote settings and Chromium's update and
 * account checks cannot all be switched off by flags). Parallax's bundles never name them, which
 * test/e2e/bundle-urls.e2e.ts checks statically; requests from extension contexts are also caught by
 * the browser's own request events where the driver reports them.
 */
const BROWSER_OWN = [
  /(^|\.)services\.mozilla\.com(:\d+)?$/,
  /(^|\.)mozilla\.(net|org)(:\d+)?$/,
  /(^|\.)(google\.com|googleapis\.com|gstatic\.com|gvt1\.com)(:\d+)?$/,
];

/** Escaped requests that the browser itself did not make for its own services. */
export function unexpectedEscapes(escaped: EscapedRequest[]): EscapedRequest[] {
  return escaped.filter((e) => {
    const host = e.method === 'CONNECT' ? e.target : safeHost(e.target);
    return !BROWSER_OWN.some((re) => re.test(host));
  });
}

function safeHost(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}

/** A proxy that answers nothing and records every request sent to it. */
export interface Sentinel {
  port: number;
  escaped: EscapedRequest[];
  close(): Promise<void>;
}

/**
 * Starts a do-nothing proxy on 127.0.0.1. Browsers under test route all non-loopback traffic through it,
 * so any request that would leave the machine (from a page, an extension page, a content script or the
 * background) is recorded here and refused, whichever browser made it.
 */
export async function startSentinel(): Promise<Sentinel> {
  const escaped: EscapedRequest[] = [];
  const sockets = new Set<Socket>();
  const server: Server = createServer((req, res) => {
    escaped.push({ method: req.method ?? 'GET', target: req.url ?? '', at: Date.now() });
    res.writeHead(403).end();
  });
  server.on('connect', (req, socket) => {
    escaped.push({ method: 'CONNECT', target: req.url ?? '', at: Date.now() });
    socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
  });
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    escaped,
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}
