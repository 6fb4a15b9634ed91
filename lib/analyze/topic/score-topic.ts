/** Scores an article against topic profiles: weighted terms and actors, gated by co-occurrence groups. */
import type { Actor, Article, TopicScore } from '../../types';
import type { CompiledLexicon } from '../actors/compiled-lexicon';
import type { CompiledTopic } from './compile-topic';
import { isolatedGroups } from './connected-groups';
import { countTerms, stemSequence } from './topic-terms';

/** Evidence mass at which the score reaches 0.5; the score saturates smoothly above it. */
const HALF_MASS = 12;

/** Score one article against one compiled profile. `stems` may be passed in to share work across profiles. */
export function scoreTopic(
  article: Article,
  actors: Actor[],
  topic: CompiledTopic,
  lexicon: CompiledLexicon,
  stems: string[] = stemSequence(`${article.title}\n${article.text}`),
): TopicScore {
  const counts = countTerms(stems, topic.keys, topic.maxLen);
  const reasons: { term: string; weight: number }[] = [];
  // Repeats add evidence with diminishing returns, so one long article cannot win on a single word.
  // An actor named only in adjectives (no mention) counts like one mention.
  const damp = (n: number) => 1 + Math.log(Math.max(1, n));
  for (const [key, [w, label]] of topic.terms) {
    const n = counts.get(key);
    if (n) reasons.push({ term: label, weight: w * damp(n) });
  }
  const actorHits = new Set<string>();
  const tagHits = new Set<string>();
  for (const a of actors) {
    const tags = lexicon.byId.get(a.id)?.tags ?? [];
    for (const t of tags) tagHits.add(t);
    actorHits.add(a.id);
    let w = topic.actorIds.get(a.id) ?? 0;
    for (const t of tags) w = Math.max(w, topic.tags.get(t) ?? 0);
    if (w > 0) reasons.push({ term: a.name, weight: w * damp(a.mentions.length) * a.confidence });
  }
  const mass = reasons.reduce((s, r) => s + r.weight, 0);
  const score = mass / (mass + HALF_MASS);
  const missing = topic.groups.filter(
    (g) =>
      !g.terms.some((k) => counts.has(k)) &&
      !g.actorIds.some((id) => actorHits.has(id)) &&
      !g.tags.some((t) => tagHits.has(t)),
  );
  // Evidence that is all there but never meets in one passage is a mention in passing, not the story.
  const passing =
    missing.length === 0 && score >= topic.profile.threshold
      ? isolatedGroups(article, actors, topic, lexicon).map((i) => topic.groups[i])
      : [];
  reasons.sort((a, b) => b.weight - a.weight);
  const top = reasons.slice(0, 8).map((r) => ({ term: r.term, weight: Math.round(r.weight * 100) / 100 }));
  for (const g of missing) top.push({ term: `missing: ${g.label}`, weight: 0 });
  for (const g of passing) top.push({ term: `only in passing: ${g.label}`, weight: 0 });
  const gaps = missing.length + passing.length;
  // A report without the evidence the topic requires stays under the threshold, whatever its other words.
  const shown = gaps === 0 ? score : Math.min(score, topic.profile.threshold * (1 - 0.05 * gaps));
  return {
    id: topic.profile.id,
    label: topic.profile.label,
    score: Math.round(shown * 1000) / 1000,
    match: gaps === 0 && score >= topic.profile.threshold,
    reasons: top,
  };
}

/** Score an article against every profile, sharing the stemmed text. */
export function scoreTopics(
  article: Article,
  actors: Actor[],
  topics: CompiledTopic[],
  lexicon: CompiledLexicon,
): TopicScore[] {
  if (topics.length === 0) return [];
  const stems = stemSequence(`${article.title}\n${article.text}`);
  return topics.map((t) => scoreTopic(article, actors, t, lexicon, stems));
}
