import type { ExtractedElsewhere, ExtractRequest } from '@/lib/ext/messages';
import { htmlLimitReason } from '@/lib/extract';
import type { ExtractionRecord, PageState, Result } from '@/lib/types';
import type { ExtractElsewhere } from './analyse-page';

/**
 * How long the page waits for extraction elsewhere before extracting in-page after all. Generous: a big page
 * takes a few hundred ms there, plus opening the offscreen document; a stall must not lose the analysis.
 */
export const ELSEWHERE_TIMEOUT_MS = 10_000;

/** Sends one extraction request to the background (the typed `extractHtml` message). */
export type SendExtract = (request: ExtractRequest) => Promise<Result<ExtractedElsewhere>>;

/** One analysis run's extraction elsewhere: the hook for analysePage, and what it saw happen. */
export interface ElsewhereRun {
  extract: ExtractElsewhere;
  /** Where the run's extraction ran; undefined when it never reached extraction. */
  record(state: PageState): ExtractionRecord | undefined;
}

const errorText = (err: unknown) => (err instanceof Error ? err.message : String(err));

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms / 1000} s`)), ms);
  });
  return Promise.race([promise, late]).finally(() => clearTimeout(timer));
}

/**
 * Wraps `send` as analysePage's `extractElsewhere`: any refusal, error, timeout or lost worker (the message
 * port closes) rejects, so the page extracts in-page instead of losing its analysis.
 */
export function extractElsewhereRun(send: SendExtract, timeoutMs = ELSEWHERE_TIMEOUT_MS): ElsewhereRun {
  let done: ExtractionRecord | null = null;
  const extract: ExtractElsewhere = async (html, url) => {
    try {
      // Too big to be parsed there anyway: not worth copying megabytes across.
      const tooBig = htmlLimitReason(html);
      if (tooBig) throw new Error(tooBig);
      const r = await withTimeout(send({ html, url }), timeoutMs);
      if (!r?.ok) throw new Error(r?.error ?? 'no answer');
      done = { site: r.value.site, ms: r.value.ms };
      return r.value.article;
    } catch (err) {
      done = { site: 'page', fallback: errorText(err) };
      throw err;
    }
  };
  return {
    extract,
    // Detection comes after the size limits and right before extraction, so an article always got extracted.
    record: (state) => done ?? (state.detection.isArticle ? { site: 'page' } : undefined),
  };
}
