import type { Span, TextQuoteSelector } from '@/lib/types';

/** Context kept on each side of a quote; enough to disambiguate repeated phrases. */
export const CONTEXT_CHARS = 32;

/** Builds the text-quote selector for a span of `text`. */
export function makeSelector(text: string, span: Span): TextQuoteSelector {
  return {
    exact: text.slice(span.start, span.end),
    prefix: text.slice(Math.max(0, span.start - CONTEXT_CHARS), span.start),
    suffix: text.slice(span.end, span.end + CONTEXT_CHARS),
    start: span.start,
    end: span.end,
  };
}
