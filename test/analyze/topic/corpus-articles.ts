/** Test helper: the corpus pages as extracted Articles (Readability pages and extraction-benchmark pages). */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { DOMParser } from 'linkedom';
import { extractArticle } from '../../../lib/extract/index';
import { pageTopicText } from '../../../lib/extract/page-text';
import type { Article } from '../../../lib/types';
import { corpusDir } from '../../corpus';
import { articleFromText } from '../actors/article-from-text';

/** One corpus page, with where it came from. */
export interface CorpusArticle {
  set: 'readability' | 'benchmark';
  name: string;
  article: Article;
  /** What the topic pre-check reads on the page before extraction. */
  pageText: { title: string; text: string };
}

// linkedom rather than lib/extract's jsdom parser: jsdom needs about 0.6 s a page here, linkedom a few ms,
// and Readability reads both the same way for these pages.
function toArticle(html: string, url: string): Pick<CorpusArticle, 'article' | 'pageText'> {
  const doc = new DOMParser().parseFromString(html, 'text/html') as unknown as Document;
  const pageText = pageTopicText(doc);
  // Pages Readability rejects still get scored on their whole body text: a false match there counts too.
  const article = extractArticle(doc, url) ?? articleFromText(doc.body?.textContent ?? '', url);
  return { article, pageText };
}

/** Load and extract every corpus page (about 300). */
export function loadCorpusArticles(): CorpusArticle[] {
  const out: CorpusArticle[] = [];
  const rdir = join(corpusDir, 'readability-pages/test-pages');
  for (const name of readdirSync(rdir).sort()) {
    const html = readFileSync(join(rdir, name, 'source.html'), 'utf8');
    out.push({ set: 'readability', name, ...toArticle(html, `http://fakehost/${name}/`) });
  }
  const bdir = join(corpusDir, 'extraction-benchmark/html');
  const truth = JSON.parse(
    readFileSync(join(corpusDir, 'extraction-benchmark/ground-truth.json'), 'utf8'),
  ) as Record<string, { url?: string }>;
  for (const file of readdirSync(bdir).sort()) {
    const id = file.replace(/\.html\.gz$/, '');
    const html = gunzipSync(readFileSync(join(bdir, file))).toString('utf8');
    out.push({
      set: 'benchmark',
      name: id,
      ...toArticle(html, truth[id]?.url ?? `http://fakehost/${id}`),
    });
  }
  return out;
}
