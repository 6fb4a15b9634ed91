/** "Follow this story": a topic profile built from the current article or a story's saved reports. */
import { buildTopicProfile } from '@/lib/analyze/topic/build-topic-profile';
import type { Analysis, Article, PageState, Report, TopicProfile } from '@/lib/types';

/** The article a saved report holds, as the analysis and the store take it. */
export function articleOf(r: Report): Article {
  return {
    url: r.urls[0] ?? r.canonicalUrl,
    canonicalUrl: r.canonicalUrl,
    title: r.title,
    byline: r.byline,
    siteName: r.outlet,
    publishedTime: r.publishedTime,
    lang: r.lang,
    text: r.text,
    paragraphs: r.paragraphs,
  };
}

/** A topic profile from the tab's article and/or saved reports; null when there is nothing to learn from. */
export function topicFrom(
  state: PageState | null | undefined,
  reports: Report[],
  label: string,
): TopicProfile | null {
  const items: { article: Article; analysis: Analysis }[] = reports.map((r) => ({
    article: articleOf(r),
    analysis: { actors: r.actors, claims: r.claims, topics: r.topics },
  }));
  if (state?.article && state.analysis) items.push({ article: state.article, analysis: state.analysis });
  return items.length ? buildTopicProfile(items, label) : null;
}
