import type { PageState, TopicProfile } from '@/lib/types';

/**
 * The followed topics that ask for automatic saving and that this page matched; empty when the page should
 * not be saved by itself.
 */
export function autoSaveTopics(state: PageState, topics: TopicProfile[]): string[] {
  if (!state.article || !state.analysis || state.skipped) return [];
  const wanted = new Set(topics.filter((t) => t.autoSave).map((t) => t.id));
  return state.analysis.topics.filter((t) => t.match && wanted.has(t.id)).map((t) => t.id);
}
