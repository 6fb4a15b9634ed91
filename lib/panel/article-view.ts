/** View models for the "This article" card: actors by type, claims by source, topic reasons, orphans. */
import type { Actor, ActorType, Claim, ExtractionSite, PageState, SourceKind, TopicScore } from '@/lib/types';

/** Display order of actor types: the story's protagonists first. */
export const ACTOR_TYPE_ORDER: ActorType[] = [
  'armed_group',
  'state',
  'person',
  'organization',
  'media',
  'place',
];

/** Actors of one type, most-mentioned first. */
export interface ActorGroup {
  type: ActorType;
  actors: Actor[];
}

/** Groups actors by type in display order, each group sorted by mention count then name. */
export function groupActors(actors: Actor[]): ActorGroup[] {
  return ACTOR_TYPE_ORDER.map((type) => ({
    type,
    actors: actors
      .filter((a) => a.type === type)
      .sort((a, b) => b.mentions.length - a.mentions.length || a.name.localeCompare(b.name)),
  })).filter((g) => g.actors.length > 0);
}

/** Claims credited to one source. */
export interface SourceGroup {
  key: string;
  name: string;
  kind: SourceKind;
  claims: Claim[];
}

/** Groups claims by who they are attributed to, largest group first; unsourced claims last. */
export function groupClaimsBySource(claims: Claim[]): SourceGroup[] {
  const groups = new Map<string, SourceGroup>();
  for (const c of claims) {
    const name = c.source.name?.trim() || '';
    const key = `${c.source.kind}:${c.source.actorId ?? name.toLowerCase()}`;
    let g = groups.get(key);
    if (!g) {
      g = { key, name: name || 'No source given', kind: c.source.kind, claims: [] };
      groups.set(key, g);
    }
    g.claims.push(c);
  }
  return [...groups.values()].sort(
    (a, b) =>
      Number(a.kind === 'none') - Number(b.kind === 'none') ||
      b.claims.length - a.claims.length ||
      a.claims[0].start - b.claims[0].start,
  );
}

/** The best-scoring topic, preferring matches; null when the page has no topic scores. */
export function primaryTopic(topics: TopicScore[]): TopicScore | null {
  if (topics.length === 0) return null;
  return [...topics].sort((a, b) => Number(b.match) - Number(a.match) || b.score - a.score)[0];
}

/** A required group as the reader reads it: "missing: tag:iran-proxy | militia" → "no iran proxy / militia". */
function readableReason(term: string): string {
  if (!term.startsWith('missing: ')) return term;
  const items = term
    .slice('missing: '.length)
    .split(' | ')
    .map((item) => item.replace(/^(tag|actor):/, '').replace(/-/g, ' '));
  return `no ${items.join(' / ')}`;
}

/** "Kataib Hezbollah, drone, US forces": the top `n` reasons of a topic score. */
export function topicReasonText(t: TopicScore, n = 4): string {
  return t.reasons
    .slice(0, n)
    .map((r) => readableReason(r.term))
    .join(', ');
}

/** Claims the content script could not anchor in the live page. */
export function orphanClaims(state: PageState): Claim[] {
  if (!state.analysis) return [];
  const ids = new Set(state.orphans);
  return state.analysis.claims.filter((c) => ids.has(c.id));
}

/** Which empty/explanatory state the article tab is in, if any. */
export type ArticleStatus = 'not-run' | 'skipped' | 'not-article' | 'deferred' | 'ready';

/** Classifies a tab state for the "This article" view. */
export function articleStatus(state: PageState | null): ArticleStatus {
  if (!state) return 'not-run';
  if (state.skipped) return 'skipped';
  if (state.deferred && !state.analysis) return 'deferred';
  if (!state.detection.isArticle || !state.article) return 'not-article';
  return 'ready';
}

const EXTRACTION_SITES: Record<ExtractionSite, string> = {
  page: 'in the page',
  offscreen: "in the extension's offscreen document",
  background: "in the extension's background page",
};

/**
 * Where the article was extracted, for the diagnostics line: said only for big pages (extracted off the page,
 * or in it after that failed); null for the usual in-page extraction.
 */
export function extractionNote(state: PageState): string | null {
  const e = state.extraction;
  if (!e || (e.site === 'page' && !e.fallback)) return null;
  if (e.fallback) return `Extracted in the page: extraction off the page failed (${e.fallback}).`;
  return `Extracted off the page, ${EXTRACTION_SITES[e.site]}${e.ms === undefined ? '' : ` (${e.ms} ms)`}.`;
}
