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
 * What the extraction step costs in a page that has not run Parallax before (Readability's first parse there,
 * its code not yet compiled), by what it reads: a fixed part, and parts per element and per character of
 * paragraph text in the story's region. Fitted by least squares on the 263 corpus pages extracted in-page in
 * real Chromium on a shared 2-core machine (`npm run bench -- content` writes each page's figures).
 */
export const PARSE_BASE_MS = 14;
/** ...per element of the story's region. */
export const PARSE_MS_PER_ELEMENT = 0.036;
/** ...per character of its paragraph text. */
export const PARSE_MS_PER_CHAR = 0.0014;

/**
 * The predicted cost over which a page's extraction moves off its main thread: well under the 50 ms of a long
 * task, because the prediction is a median and a busy machine or a cold start doubles it.
 */
export const BIG_PAGE_PARSE_MS = 30;

/** The region size that is big on its elements alone (no paragraph text). */
export const BIG_PAGE_ELEMENTS = Math.floor((BIG_PAGE_PARSE_MS - PARSE_BASE_MS) / PARSE_MS_PER_ELEMENT);

/** The predicted time (ms) of the extraction step in a fresh page, from what Readability would read. */
export function predictedParseMs(scope: Pick<ReadingScope, 'elements' | 'paragraphChars'>): number {
  return PARSE_BASE_MS + scope.elements * PARSE_MS_PER_ELEMENT + scope.paragraphChars * PARSE_MS_PER_CHAR;
}

/**
 * True when Readability's single parse would hold the page's main thread too long, judged by what it would
 * read: the story region's elements and paragraph text, not the whole page's scripts and menus.
 */
export function isBigPage(page: Document | Pick<ReadingScope, 'elements' | 'paragraphChars'>): boolean {
  return predictedParseMs('elements' in page ? page : readingScope(page)) > BIG_PAGE_PARSE_MS;
}
