/** Topic profiles are JSON data; this compiles them once into lookups the scorer can use per article. */
import shipped from '../../../public/data/topics.json';
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

/** The profiles shipped in public/data/topics.json. */
export const SHIPPED_TOPICS: TopicProfile[] = shipped as TopicProfile[];

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

/** Compile one profile. Group items are "tag:x", "actor:id", a bare actor id listed in `actors`, or a term. */
export function compileTopic(profile: TopicProfile): CompiledTopic {
  const terms = new Map<string, [number, string]>();
  const keys = new Set<string>();
  let maxLen = 1;
  const addKey = (term: string): string => {
    const stems = termStems(term);
    const key = stems.join(' ');
    if (key) keys.add(key);
    maxLen = Math.max(maxLen, stems.length);
    return key;
  };
  for (const t of profile.terms) terms.set(addKey(t.term), [t.weight, t.term]);
  const actorIds = new Map<string, number>();
  const tags = new Map<string, number>();
  for (const a of profile.actors) {
    if (a.term.startsWith('tag:')) tags.set(a.term.slice(4), a.weight);
    else actorIds.set(a.term.replace(/^actor:/, ''), a.weight);
  }
  const groups = profile.requireAll.map((items) => {
    const g: CompiledGroup = { label: items.slice(0, 3).join(' | '), terms: [], actorIds: [], tags: [] };
    for (const item of items) {
      if (item.startsWith('tag:')) g.tags.push(item.slice(4));
      else if (item.startsWith('actor:')) g.actorIds.push(item.slice(6));
      else if (actorIds.has(item)) g.actorIds.push(item);
      else g.terms.push(addKey(item));
    }
    return g;
  });
  return { profile, terms, actorIds, tags, groups, keys, maxLen };
}

/** Compile several profiles, skipping invalid ones (they are reported by `validateTopicProfile`). */
export function compileTopics(profiles: TopicProfile[]): CompiledTopic[] {
  return profiles.filter((p) => validateTopicProfile(p) === null).map(compileTopic);
}

let defaults: CompiledTopic[] | null = null;

/** The shipped profiles, compiled on first use and cached. */
export function getDefaultTopics(): CompiledTopic[] {
  defaults ??= compileTopics(SHIPPED_TOPICS);
  return defaults;
}
