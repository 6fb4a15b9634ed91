/**
 * Parsing and extraction in an extension context that has a DOM: Firefox's background page, or Chrome's
 * offscreen document. DOMParser runs no script and loads nothing from the HTML it is given.
 */

import { type ExtractedElsewhere, type ExtractRequest, onMessage } from '@/lib/ext/messages';
import { extractFromHtml, type HtmlParser } from '@/lib/extract/from-html';
import type { Result } from '@/lib/types';
import { type ExtractVenue, errorText, isExtractRequest } from './extract-html';

/** Parses and extracts in this context with `parser`, reporting `site` as where it ran and how long it took. */
export function extractHere(
  request: ExtractRequest,
  parser: HtmlParser,
  site: ExtractedElsewhere['site'],
): Result<ExtractedElsewhere> {
  const started = performance.now();
  try {
    const r = extractFromHtml(request.html, request.url, parser);
    if (!r.ok) return r;
    return { ok: true, value: { article: r.value, site, ms: Math.round(performance.now() - started) } };
  } catch (err) {
    return { ok: false, error: `extraction failed: ${errorText(err)}` };
  }
}

/** Firefox: the background page parses with its own DOMParser. */
export const inBackgroundPage: ExtractVenue = async (request) =>
  extractHere(request, new DOMParser(), 'background');

/** The offscreen document's side: extracts what the service worker sends (nobody else's); returns the stop. */
export function setupOffscreenExtract(parser: HtmlParser = new DOMParser()): () => void {
  return onMessage('offscreenExtract', ({ data, sender }): Result<ExtractedElsewhere> => {
    // Messages from content scripts reach every extension page too; only the worker's requests are answered.
    if (sender.tab) return { ok: false, error: 'offscreen extraction is only for the background' };
    if (!isExtractRequest(data)) return { ok: false, error: 'malformed extraction request' };
    return extractHere(data, parser, 'offscreen');
  });
}
