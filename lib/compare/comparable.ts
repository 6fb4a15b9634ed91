/**
 * Adapters to `ComparableReport`, so the live page (PageState: article + analysis) and stored `Report`s
 * are compared by the same code.
 */
import type { Actor, Analysis, Article, Claim, PageState, Report } from '@/lib/types';
import type { ComparableReport } from './types';

/**
 * Claims as the engine needs them. Reports saved by an older version, or imported from a file, may lack
 * fields added later; they are filled with empty values here rather than failing deep in a comparison.
 */
export function normaliseClaims(claims: readonly Partial<Claim>[] | null | undefined): Claim[] {
  return (claims ?? [])
    .filter(
      (c): c is Partial<Claim> & Pick<Claim, 'id' | 'text'> =>
        typeof c?.id === 'string' && typeof c.text === 'string',
    )
    .map((c) => ({
      ...c,
      id: c.id,
      text: c.text,
      start: c.start ?? 0,
      end: c.end ?? 0,
      kinds: c.kinds ?? [],
      source: c.source ?? { kind: 'none', name: null },
      quotes: c.quotes ?? [],
      figures: c.figures ?? [],
      actorIds: c.actorIds ?? [],
      fingerprint: c.fingerprint ?? [],
    }));
}

function normaliseActors(actors: readonly Actor[] | null | undefined): Actor[] {
  return (actors ?? [])
    .filter((a) => typeof a?.id === 'string')
    .map((a) => ({ ...a, mentions: a.mentions ?? [] }));
}

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
    text: article.text ?? '',
    actors: normaliseActors(analysis.actors),
    claims: normaliseClaims(analysis.claims),
    topics: analysis.topics ?? [],
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
    url: report.urls?.[0] ?? report.canonicalUrl,
    canonicalUrl: report.canonicalUrl,
    outlet: report.outlet || hostOf(report.canonicalUrl) || 'unknown outlet',
    title: report.title,
    publishedTime: report.publishedTime,
    savedAt: report.savedAt,
    text: report.text ?? '',
    actors: normaliseActors(report.actors),
    claims: normaliseClaims(report.claims),
    topics: report.topics ?? [],
    eventId: report.eventId ?? null,
    storyId: report.storyId ?? null,
  };
}

function isReport(x: Report | PageState): x is Report {
  return 'savedAt' in x && 'claims' in x;
}

/** Converts a stored report or a page state; page states without an analysed article give null. */
export function toComparable(input: Report | PageState, id?: string): ComparableReport | null {
  return isReport(input) ? fromReport(input) : fromPageState(input, id);
}
