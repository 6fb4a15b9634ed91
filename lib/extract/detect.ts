import { isProbablyReaderable } from '@mozilla/readability';
import type { Detection } from '@/lib/types';
import { findArticleNode, ldTypes, readJsonLd } from './json-ld';
import { listingSignals } from './listing';
import { metaContent } from './meta';

// Schema.org types that describe a page which is not one article.
const NON_ARTICLE_TYPES = new Set([
  'product',
  'collectionpage',
  'itemlist',
  'searchresultspage',
  'profilepage',
  'offer',
  'aggregateoffer',
  'event',
  'jobposting',
  'recipe',
  'faqpage',
  'qapage',
  'store',
  'videogame',
  'softwareapplication',
]);

const AUTHOR_KEYS = ['author', 'article:author', 'byl', 'sailthru.author', 'parsely-author', 'dc.creator'];
const DATE_KEYS = [
  'article:published_time',
  'datepublished',
  'date',
  'pubdate',
  'publishdate',
  'dc.date',
  'parsely-pub-date',
  'sailthru.date',
];

/** One weighted piece of evidence. */
interface Signal {
  label: string;
  weight: number;
}

function collectSignals(doc: Document): Signal[] {
  const signals: Signal[] = [];
  const add = (label: string, weight: number) => signals.push({ label, weight });
  const nodes = readJsonLd(doc);
  const article = findArticleNode(nodes);
  if (article) add(`schema.org ${String(article['@type'])}`, 3);
  const other = nodes.flatMap(ldTypes).find((t) => NON_ARTICLE_TYPES.has(t));
  if (other) add(`schema.org ${other} (not an article)`, -3);
  const ogType = metaContent(doc, ['og:type'])?.toLowerCase();
  if (ogType === 'article' || ogType?.startsWith('article')) add('og:type article', 2);
  else if (ogType && /product|profile|website|video\.other|music/.test(ogType)) add(`og:type ${ogType}`, -1);
  if (
    metaContent(doc, AUTHOR_KEYS) ||
    doc.querySelector('[rel~="author"], [itemprop~="author"], .byline, [class*="byline"]')
  )
    add('byline', 1);
  if (metaContent(doc, DATE_KEYS)) add('published date meta', 1.5);
  else if (doc.querySelector('time[datetime], [itemprop="datePublished"]')) add('<time datetime>', 1);
  if (doc.querySelector('article')) add('<article> element', 0.5);
  for (const s of listingSignals(doc)) signals.push(s);
  return signals;
}

/** Decides whether a page is a single news article, with the human-readable signals behind the decision. */
export function detectArticle(doc: Document): Detection {
  let signals: Signal[];
  let readerable = false;
  try {
    signals = collectSignals(doc);
    readerable = isProbablyReaderable(doc);
  } catch {
    return { isArticle: false, confidence: 0, signals: ['page could not be inspected'] };
  }
  if (readerable) signals.push({ label: 'readerable', weight: 2 });
  else signals.push({ label: 'not readerable (too little body text)', weight: -2.5 });
  const score = signals.reduce((s, x) => s + x.weight, 0);
  const confidence = 1 / (1 + Math.exp(-(score - 1)));
  return {
    isArticle: score >= 1,
    confidence: Math.round(confidence * 100) / 100,
    signals: signals.map((s) => s.label),
  };
}
