/**
 * The shipped topic profiles. Their source is public/data/topics.json; what loads at run time is the index
 * generated from it (`npm run data`). Kept apart from compile-topic.ts so that the content script, which
 * receives its topics from the background, does not bundle them.
 */
import shippedIndex from '../../generated/topics-index.json';
import type { TopicProfile } from '../../types';
import { type CompiledTopic, type TopicIndex, topicFromIndex } from './compile-topic';

/** The profiles shipped in public/data/topics.json, indexed ahead of time. */
export const SHIPPED_TOPIC_INDEX = shippedIndex as unknown as TopicIndex[];

/** The profiles shipped in public/data/topics.json. */
export const SHIPPED_TOPICS: TopicProfile[] = SHIPPED_TOPIC_INDEX.map((t) => t.profile);

let defaults: CompiledTopic[] | null = null;

/** The shipped profiles, compiled on first use and cached. */
export function getDefaultTopics(): CompiledTopic[] {
  defaults ??= SHIPPED_TOPIC_INDEX.map(topicFromIndex);
  return defaults;
}
