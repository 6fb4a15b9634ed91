/** Size limits: a page beyond them is skipped with a reason rather than freezing the tab. */

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

/** Why a document is too large to extract, or null when it is fine. Cheap: no layout, no full text walk. */
export function extractionLimitReason(doc: Document): string | null {
  const elements = doc.querySelectorAll('*').length;
  if (elements > MAX_ELEMENTS) return `page too large: ${elements} elements (limit ${MAX_ELEMENTS})`;
  const chars = doc.body?.textContent?.length ?? 0;
  if (chars > MAX_TEXT_CHARS * 4)
    return `page too large: ${chars} characters of text (limit ${MAX_TEXT_CHARS * 4} before extraction)`;
  return null;
}

/** Why an extracted text is too long to analyse, or null when it is fine. */
export function textLimitReason(text: string): string | null {
  if (text.length > MAX_TEXT_CHARS)
    return `article too long: ${text.length} characters (limit ${MAX_TEXT_CHARS})`;
  return null;
}

/** Pages with more elements than this are extracted off the page's main thread where that is possible. */
export const BIG_PAGE_ELEMENTS = 2_000;
/** ...or with more body text than this (characters). */
export const BIG_PAGE_CHARS = 20_000;

/** True when Readability's single parse would hold the page's main thread for too long (tens of ms). */
export function isBigPage(doc: Document): boolean {
  if (doc.getElementsByTagName('*').length > BIG_PAGE_ELEMENTS) return true;
  return (doc.body?.textContent?.length ?? 0) > BIG_PAGE_CHARS;
}
