/** Topic profiles are JSON data; this compiles them into lookups the scorer can use per article. */
import type { TopicProfile } from '../../types';
import { termStems } from './topic-terms';

/** One requireAll group, split into the kinds of evidence that can satisfy it. */
export interface CompiledGroup {
  label: string;
  terms: string[];
  actorIds: string[];
  tags: string[];
}

/** A profile ready for scoring. */
export interface CompiledTopic {
  profile: TopicProfile;
  /** Stemmed term key → [weight, the term as written]. */
  terms: Map<string, [number, string]>;
  actorIds: Map<string, number>;
  tags: Map<string, number>;
  groups: CompiledGroup[];
  /** Every term key the scorer must count (profile terms and group terms). */
  keys: Set<string>;
  maxLen: number;
}

/** Check a profile; returns a message describing the problem, or null when it is usable. */
export function validateTopicProfile(p: TopicProfile): string | null {
  if (!p || typeof p.id !== 'string' || !p.id) return 'topic has no id';
  if (!Array.isArray(p.terms) || !Array.isArray(p.actors))
    return `topic "${p.id}" needs terms and actors lists`;
  if (!Array.isArray(p.requireAll)) return `topic "${p.id}" requireAll must be a list of groups`;
  if (typeof p.threshold !== 'number' || p.threshold < 0 || p.threshold > 1)
    return `topic "${p.id}" threshold must be in [0, 1]`;
  return null;
}

/**
 * A profile with its terms stemmed, the costly part of compiling, as JSON data: done ahead of time for the
 * shipped profiles (`npm run data`) and in the background for the user's, so a page only builds lookups.
 */
export interface TopicIndex {
  profile: TopicProfile;
  /** The stemmed key of each of `profile.terms`, in order. */
  termKeys: string[];
  /** Per `requireAll` group, per item: the stemmed key of a term item, null for an actor or tag item. */
  groupKeys: (string | null)[][];
}

/** Stem a profile's terms. Group items are "tag:x", "actor:id", a bare actor id listed in `actors`, or a term. */
export function indexTopic(profile: TopicProfile): TopicIndex {
  const key = (term: string) => termStems(term).join(' ');
  const actorItems = new Set(
    profile.actors.filter((a) => !a.term.startsWith('tag:')).map((a) => a.term.replace(/^actor:/, '')),
  );
  return {
    profile,
    termKeys: profile.terms.map((t) => key(t.term)),
    groupKeys: profile.requireAll.map((items) =>
      items.map((item) =>
        item.startsWith('tag:') || item.startsWith('actor:') || actorItems.has(item) ? null : key(item),
      ),
    ),
  };
}

/**
 * Index several profiles, skipping invalid ones (reported by `validateTopicProfile` and the topic schema):
 * one malformed profile must never stop the others from being used.
 */
export function indexTopics(profiles: TopicProfile[]): TopicIndex[] {
  return profiles.flatMap((p) => {
    if (validateTopicProfile(p) !== null) return [];
    try {
      return [indexTopic(p)];
    } catch {
      return [];
    }
  });
}

/** Build the scorer's lookups from an indexed profile. */
export function topicFromIndex({ profile, termKeys, groupKeys }: TopicIndex): CompiledTopic {
  const terms = new Map<string, [number, string]>();
  const keys = new Set<string>();
  let maxLen = 1;
  const addKey = (key: string): string => {
    if (key) keys.add(key);
    maxLen = Math.max(maxLen, key ? key.split(' ').length : 0);
    return key;
  };
  for (let i = 0; i < profile.terms.length; i++)
    terms.set(addKey(termKeys[i]), [profile.terms[i].weight, profile.terms[i].term]);
  const actorIds = new Map<string, number>();
  const tags = new Map<string, number>();
  for (const a of profile.actors) {
    if (a.term.startsWith('tag:')) tags.set(a.term.slice(4), a.weight);
    else actorIds.set(a.term.replace(/^actor:/, ''), a.weight);
  }
  const groups = profile.requireAll.map((items, g) => {
    const group: CompiledGroup = { label: items.slice(0, 3).join(' | '), terms: [], actorIds: [], tags: [] };
    items.forEach((item, i) => {
      const key = groupKeys[g][i];
      if (key !== null) group.terms.push(addKey(key));
      else if (item.startsWith('tag:')) group.tags.push(item.slice(4));
      else group.actorIds.push(item.replace(/^actor:/, ''));
    });
    return group;
  });
  return { profile, terms, actorIds, tags, groups, keys, maxLen };
}

/** Compile one profile. */
export function compileTopic(profile: TopicProfile): CompiledTopic {
  return topicFromIndex(indexTopic(profile));
}

/** Compile several profiles, skipping invalid ones (they are reported by `validateTopicProfile`). */
export function compileTopics(profiles: TopicProfile[]): CompiledTopic[] {
  return indexTopics(profiles).map(topicFromIndex);
}
