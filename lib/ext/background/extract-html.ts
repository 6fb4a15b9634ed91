/**
 * Extraction of big pages off the page's main thread. The content script sends the page's HTML; Firefox's
 * background page (which has a DOM) extracts it itself, Chrome's service worker (which has none) hands it to
 * the offscreen document. Every failure comes back as a value, and the content script then extracts in-page.
 * The parsing itself is in extract-here.ts, so Chrome's worker bundle carries no Readability.
 */

import { type ExtractedElsewhere, type ExtractRequest, onMessage, sendMessage } from '@/lib/ext/messages';
import { htmlLimitReason } from '@/lib/extract/limits';
import type { Result } from '@/lib/types';
import type { OffscreenHost } from './offscreen-host';

/** Answers one extraction request, wherever it is done. */
export type ExtractVenue = (request: ExtractRequest) => Promise<Result<ExtractedElsewhere>>;

/** An error's message, for failure values; duck-typed, since an error from another realm is no `instanceof Error`. */
export function errorText(err: unknown): string {
  const message = (err as { message?: unknown } | null)?.message;
  return typeof message === 'string' ? message : String(err);
}

/** Chrome: the request goes to the offscreen document, opened for it and closed again when idle. */
export function viaOffscreenDocument(host: OffscreenHost): ExtractVenue {
  return (request) => host.use(() => sendMessage('offscreenExtract', request));
}

/** True when a message's data is a well-formed extraction request (messages are checked, not trusted). */
export function isExtractRequest(data: unknown): data is ExtractRequest {
  const d = data as Partial<ExtractRequest> | null;
  return typeof d?.html === 'string' && typeof d.url === 'string';
}

/** Answers the content script's `extractHtml` through `venue`; returns the function that stops answering. */
export function setupExtractHtml(venue: ExtractVenue): () => void {
  return onMessage('extractHtml', async ({ data }): Promise<Result<ExtractedElsewhere>> => {
    if (!isExtractRequest(data)) return { ok: false, error: 'malformed extraction request' };
    // Refused before anything is opened or copied again.
    const tooBig = htmlLimitReason(data.html);
    if (tooBig) return { ok: false, error: tooBig };
    try {
      return await venue(data);
    } catch (err) {
      return { ok: false, error: `extraction off the page failed: ${errorText(err)}` };
    }
  });
}
