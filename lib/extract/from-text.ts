import { findDateInText } from '@/lib/text/dates';
import type { Article } from '@/lib/types';
import { joinParagraphs, normaliseSpace } from './paragraphs';

function hostOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '') || 'local file';
  } catch {
    return 'local file';
  }
}

/** Builds an Article from plain text: title on the first line, paragraphs split on blank lines (or on single newlines when there are none). */
export function articleFromText(text: string, url: string): Article {
  const lines = text
    .replace(/^\ufeff/, '')
    .replace(/\r\n?/g, '\n')
    .split('\n');
  const firstIdx = lines.findIndex((l) => l.trim() !== '');
  const title = firstIdx >= 0 ? normaliseSpace(lines[firstIdx]) : '';
  const body = firstIdx >= 0 ? lines.slice(firstIdx + 1).join('\n') : '';
  const splitter = /\n[ \t]*\n/.test(body) ? /\n[ \t]*\n+/ : /\n/;
  const key = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
  const titleKey = key(title);
  const paras = body
    .split(splitter)
    .map(normaliseSpace)
    .filter((p) => p && !(titleKey && key(p) === titleKey));
  const joined = joinParagraphs(paras);
  return {
    url,
    canonicalUrl: url,
    title,
    byline: null,
    siteName: hostOf(url),
    publishedTime: findDateInText(joined.text),
    lang: null,
    ...joined,
  };
}
