/** Test helper: wraps plain text (title on the first line, like the seeds) as an `Article`. */
import type { Article, Paragraph } from '../../../lib/types';

/** Build an Article whose paragraphs are the text's non-empty lines. */
export function articleFromText(text: string, url = 'https://example.test/article'): Article {
  const paragraphs: Paragraph[] = [];
  for (const m of text.matchAll(/[^\n]+/g)) paragraphs.push({ start: m.index, end: m.index + m[0].length });
  const title = text.slice(0, text.indexOf('\n') >= 0 ? text.indexOf('\n') : text.length).trim();
  return {
    url,
    canonicalUrl: url,
    title,
    byline: null,
    siteName: '',
    publishedTime: null,
    lang: 'en',
    text,
    paragraphs,
  };
}
