/**
 * Test helper: BASIL articles (../shared/corpus/basil) as Articles. A paragraph's sentences are joined with one
 * space and paragraphs with a blank line, so each annotated sentence has a known offset in `article.text`.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Article, Paragraph } from '../../../lib/types';
import { corpusDir } from '../../corpus';

/** Where the BASIL articles and annotations are. */
export const basilDir = join(corpusDir, 'basil');

/** True when the BASIL part of the corpus is present. */
export const hasBasil = existsSync(join(basilDir, 'articles'));

/** One annotated span of a BASIL article, offsets relative to its sentence. */
export interface BasilSpan {
  id: string;
  start: number;
  end: number;
  txt: string;
  quote: string;
  speaker: string;
}

/** One BASIL article as an Article, with where each of its sentences starts. */
export interface BasilArticle {
  /** File name without extension: `<event uuid>_<n>`. */
  key: string;
  year: string;
  event: string;
  source: string;
  article: Article;
  sentenceStarts: number[];
  spans: BasilSpan[];
}

interface RawArticle {
  title: string;
  date: string;
  url: string;
  source: string;
  'triplet-uuid': string;
  'body-paragraphs': string[][];
}

/** Build the Article and the sentence offsets of one BASIL article file. */
export function loadBasilArticle(year: string, key: string): BasilArticle {
  const raw = JSON.parse(readFileSync(join(basilDir, 'articles', year, `${key}.json`), 'utf8')) as RawArticle;
  const paragraphs: Paragraph[] = [];
  const sentenceStarts: number[] = [];
  let text = '';
  for (const para of raw['body-paragraphs']) {
    if (para.length === 0) continue;
    if (text) text += '\n\n';
    const start = text.length;
    para.forEach((s, k) => {
      if (k > 0) text += ' ';
      sentenceStarts.push(text.length);
      text += s;
    });
    paragraphs.push({ start, end: text.length });
  }
  const annFile = join(basilDir, 'annotations', year, `${key}_ann.json`);
  const spans = existsSync(annFile)
    ? (JSON.parse(readFileSync(annFile, 'utf8')) as { 'phrase-level-annotations': BasilSpan[] })[
        'phrase-level-annotations'
      ]
    : [];
  const article: Article = {
    url: raw.url,
    canonicalUrl: raw.url,
    title: raw.title,
    byline: null,
    siteName: raw.source,
    publishedTime: raw.date ? `${raw.date}T12:00:00Z` : null,
    lang: 'en',
    text,
    paragraphs,
  };
  return { key, year, event: raw['triplet-uuid'], source: raw.source, article, sentenceStarts, spans };
}

/** Every BASIL article, in year and file order. */
export function loadBasil(): BasilArticle[] {
  const out: BasilArticle[] = [];
  const dir = join(basilDir, 'articles');
  for (const year of readdirSync(dir).sort())
    for (const f of readdirSync(join(dir, year)).sort())
      if (f.endsWith('.json')) out.push(loadBasilArticle(year, f.replace(/\.json$/, '')));
  return out;
}
