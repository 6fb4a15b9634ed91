/** The one way a report record is made, shared by the extension's save and the bulk-build script. */
import { makeSelector } from '@/lib/anchor/selector';
import { ownCanonical } from '@/lib/extract/same-site';
import { stripBidi } from '@/lib/schema/safe-text';
import type { Analysis, Article, Report } from '@/lib/types';
import { minHash } from './fingerprint';

// Ids count down from here, so ascending id order is newest first.
const ID_EPOCH_END = 36 ** 9 - 1;

/** A new report id: newest sorts first (index scans read recent reports first), then random. */
export function newReportId(savedAt: string): string {
  const t = Date.parse(savedAt);
  const time = (ID_EPOCH_END - (Number.isFinite(t) ? t : 0)).toString(36).padStart(9, '0');
  const rand = new Uint32Array(2);
  crypto.getRandomValues(rand);
  return `r${time}${rand[0].toString(36).padStart(7, '0')}${rand[1].toString(36).padStart(7, '0')}`;
}

/** The outlet to show: the site name, else the host name without "www.". */
export function outletOf(article: Article): string {
  if (article.siteName.trim()) return article.siteName.trim();
  try {
    return new URL(article.canonicalUrl || article.url).hostname.replace(/^www\./, '');
  } catch {
    return '';
  }
}

const isWebUrl = (s: string) => /^https?:\/\//i.test(s) && s.length <= 8_192;

/** Builds the full report record for an analysed article (pure apart from the random id). */
export function buildReport(
  article: Article,
  analysis: Analysis,
  savedAt: string,
  id = newReportId(savedAt),
): Report {
  // Checked again here, not only at extraction: the article comes from a page's content script.
  const own = ownCanonical(article.canonicalUrl, article.url);
  const canonicalUrl = own.canonicalUrl;
  const claimed = own.refused ?? article.claimedCanonicalUrl;
  const byline = article.byline === null ? null : stripBidi(article.byline);
  return {
    id,
    canonicalUrl,
    ...(claimed && isWebUrl(claimed) ? { claimedCanonicalUrl: claimed } : {}),
    urls: [...new Set([canonicalUrl, article.url].filter(Boolean))],
    outlet: stripBidi(outletOf({ ...article, canonicalUrl })),
    title: stripBidi(article.title),
    byline,
    publishedTime: article.publishedTime,
    savedAt,
    updatedAt: savedAt,
    lang: article.lang,
    text: article.text,
    paragraphs: article.paragraphs.map((p) => ({ start: p.start, end: p.end })),
    fingerprint: minHash(article.text),
    topics: analysis.topics,
    actors: analysis.actors,
    claims: analysis.claims.map((c) => ({ ...c, selector: makeSelector(article.text, c) })),
    versionCount: 0,
  };
}
