import { JSDOM, VirtualConsole } from 'jsdom';

/** Parses HTML into a Document for Node (CLI, tests): no scripts run, no resources load, CSS errors are silenced. */
export function parseHtml(html: string, url: string): Document {
  const virtualConsole = new VirtualConsole();
  let base = url;
  try {
    base = new URL(url).href;
  } catch {
    base = 'about:blank';
  }
  return new JSDOM(html, { url: base, virtualConsole }).window.document;
}
