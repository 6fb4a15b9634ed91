/**
 * Adapters to `ComparableReport`, so the live page (PageState: article + analysis) and stored `Report`s
 * are compared by the same code.
 */
import type { Analysis, Article, PageState, Report } from '@/lib/types';
import type { ComparableReport } from './types';

/** The host of a URL without "www.", or "" when it does not parse. */
export function hostOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return '';
  }
}

/** A comparable report from an extracted article and its analysis; the id defaults to the canonical URL. */
export function fromArticle(article: Article, analysis: Analysis, id?: string): ComparableReport {
  const canonicalUrl = article.canonicalUrl || article.url;
  return {
    id: id ?? (canonicalUrl || article.title),
    url: article.url,
    canonicalUrl,
    outlet: article.siteName || hostOf(canonicalUrl) || 'unknown outlet',
    title: article.title,
    publishedTime: article.publishedTime,
    savedAt: null,
    text: article.text,
    actors: analysis.actors,
    claims: analysis.claims,
    topics: analysis.topics,
  };
}

/** A comparable report from the live page's state, or null when the page has no article or analysis. */
export function fromPageState(state: PageState, id?: string): ComparableReport | null {
  if (!state.article || !state.analysis) return null;
  return fromArticle(state.article, state.analysis, id);
}

/** A comparable report from a stored report. */
export function fromReport(report: Report): ComparableReport {
  return {
    id: report.id,
    url: report.urls[0] ?? report.canonicalUrl,
    canonicalUrl: report.canonicalUrl,
    outlet: report.outlet || hostOf(report.canonicalUrl) || 'unknown outlet',
    title: report.title,
    publishedTime: report.publishedTime,
    savedAt: report.savedAt,
    text: report.text,
    actors: report.actors,
    claims: report.claims,
    topics: report.topics,
  };
}

function isReport(x: Report | PageState): x is Report {
  return 'savedAt' in x && 'claims' in x;
}

/** Converts a stored report or a page state; page states without an analysed article give null. */
export function toComparable(input: Report | PageState, id?: string): ComparableReport | null {
  return isReport(input) ? fromReport(input) : fromPageState(input, id);
}
