import { escText } from './html';
import { renderShell } from './layout';

/** What the server sends for a path. */
export interface RouteResult {
  status: number;
  type: string;
  body: string;
}

/** The content type of every HTML page. */
export const HTML = 'text/html; charset=utf-8';

/** The 404 page: a clear message and a way back. */
export function notFound(path: string, message = 'There is no page at this address.'): RouteResult {
  const main = `<h1>Page not found</h1><p>${escText(message)}</p><p>Requested: <code>${escText(path)}</code></p><p><a href="/">Back to the front page</a></p>`;
  return { status: 404, type: HTML, body: renderShell('ledger', { title: 'Page not found', main }) };
}
