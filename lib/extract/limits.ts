/** Size limits: a page beyond them is skipped with a reason rather than freezing the tab. */
import { type ReadingScope, readingScope } from './region';

/** Largest body text (characters) that is analysed. */
export const MAX_TEXT_CHARS = 300_000;

/** Largest HTML source (characters) that is parsed or extracted. */
export const MAX_HTML_CHARS = 3_000_000;

/** Largest number of elements Readability is allowed to walk. */
export const MAX_ELEMENTS = 60_000;

/** Why a raw HTML string is too large to parse, or null when it is fine. */
export function htmlLimitReason(html: string): string | null {
  if (html.length > MAX_HTML_CHARS)
    return `page too large: ${(html.length / 1e6).toFixed(1)} MB of HTML (limit ${MAX_HTML_CHARS / 1e6} MB)`;
  return null;
}

/** The two cheap measures of a page's size: no layout, one native text walk. */
export interface PageSize {
  elements: number;
  chars: number;
}

/** Measures a page for the size limits and the big-page test. */
export function pageSize(doc: Document): PageSize {
  return { elements: doc.getElementsByTagName('*').length, chars: doc.body?.textContent?.length ?? 0 };
}

/** Why a page of this size is too large to extract, or null when it is fine. */
export function sizeLimitReason({ elements, chars }: PageSize): string | null {
  if (elements > MAX_ELEMENTS) return `page too large: ${elements} elements (limit ${MAX_ELEMENTS})`;
  if (chars > MAX_TEXT_CHARS * 4)
    return `page too large: ${chars} characters of text (limit ${MAX_TEXT_CHARS * 4} before extraction)`;
  return null;
}

/** Why a document is too large to extract, or null when it is fine. */
export function extractionLimitReason(doc: Document): string | null {
  return sizeLimitReason(pageSize(doc));
}

/** Why an extracted text is too long to analyse, or null when it is fine. */
export function textLimitReason(text: string): string | null {
  if (text.length > MAX_TEXT_CHARS)
    return `article too long: ${text.length} characters (limit ${MAX_TEXT_CHARS})`;
  return null;
}

/**
 * Pages where Readability would walk more elements than this are extracted off the page's main thread. Set
 * so that, in Chromium on a shared 2-core machine, no page extracted in place takes over about 20 ms warm
 * (`npm run bench -- content`); 22 of the 130 Readability test pages are over one of the two limits.
 */
export const BIG_PAGE_ELEMENTS = 1_200;
/** ...or read more paragraph text than this (characters). */
export const BIG_PAGE_CHARS = 30_000;

/**
 * True when Readability's single parse would hold the page's main thread for too long (tens of ms), judged by
 * what it would read: the story region's elements and paragraph text, not the whole page's scripts and menus.
 */
export function isBigPage(page: Document | Pick<ReadingScope, 'elements' | 'paragraphChars'>): boolean {
  const { elements, paragraphChars } = 'elements' in page ? page : readingScope(page);
  return elements > BIG_PAGE_ELEMENTS || paragraphChars > BIG_PAGE_CHARS;
}
