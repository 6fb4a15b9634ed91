/**
 * Article detection and extraction: the part of Parallax that turns a page into an `Article`.
 * Safe for the content script: it pulls in Readability and nothing heavier (parse-html.ts is separate).
 */
export { normaliseDate, parseDateLine } from '@/lib/text/dates';
export { detectArticle } from './detect';
export { type ExtractOptions, extractArticle } from './extract';
export { extractFromHtml, type HtmlParser } from './from-html';
export { articleFromText } from './from-text';
export {
  extractionLimitReason,
  htmlLimitReason,
  isBigPage,
  MAX_HTML_CHARS,
  MAX_TEXT_CHARS,
  type PageSize,
  pageSize,
  sizeLimitReason,
  textLimitReason,
} from './limits';
export { type ReadingScope, readingScope, storyRegion } from './region';
