/**
 * "Follow this story": derive a topic profile from a handful of saved articles. Terms are weighted by how
 * consistently they recur across the articles and how far they stand out from generic news vocabulary;
 * key actors by how many articles name them. The threshold is calibrated on the articles themselves.
 */

import { slugify } from '@/lib/text/normalize';
import { stem } from '@/lib/text/stem';
import { isStopword } from '@/lib/text/stopwords';
import { wordsOf } from '@/lib/text/tokenize';
import type { Analysis, Article, TopicProfile, TopicTerm } from '../../types';
import { getDefaultLexicon } from '../actors/default-lexicon';
import { BACKGROUND_STEMS } from './background-terms';
import { compileTopic } from './compile-topic';
import { scoreTopic } from './score-topic';

const MAX_TERMS = 24;
const MAX_ACTORS = 10;

/** Items for a profile, largest score first, weights scaled to 1..4. */
function topWeighted(scores: Map<string, number>, n: number): TopicTerm[] {
  const top = [...scores].sort((a, b) => b[1] - a[1]).slice(0, n);
  const max = top[0]?.[1] ?? 1;
  return top.map(([term, s]) => ({ term, weight: Math.round((1 + (3 * s) / max) * 100) / 100 }));
}

/** Content words and adjacent content-word pairs of one article, keyed by stems, with a surface form for each. */
function termStats(text: string, surface: Map<string, string>): Map<string, number> {
  const words = wordsOf(text);
  const tf = new Map<string, number>();
  const add = (key: string, form: string) => {
    tf.set(key, (tf.get(key) ?? 0) + 1);
    if (!surface.has(key)) surface.set(key, form);
  };
  for (let i = 0; i < words.length; i++) {
    if (!isContent(words[i])) continue;
    add(stem(words[i]), words[i]);
    if (i + 1 < words.length && isContent(words[i + 1]))
      add(`${stem(words[i])} ${stem(words[i + 1])}`, `${words[i]} ${words[i + 1]}`);
  }
  return tf;
}

function isContent(w: string): boolean {
  return w.length >= 3 && !isStopword(w) && !/^\d/.test(w);
}

/** Build a profile for the story the given articles share. Needs at least one article. */
export function buildTopicProfile(
  items: { article: Article; analysis: Analysis }[],
  label: string,
): TopicProfile {
  if (items.length === 0) throw new Error('buildTopicProfile needs at least one article');
  const n = items.length;
  const minDf = n >= 3 ? 2 : 1;
  const df = new Map<string, number>();
  const tfSum = new Map<string, number>();
  const surface = new Map<string, string>();
  for (const { article } of items) {
    for (const [t, c] of termStats(`${article.title}\n${article.text}`, surface)) {
      df.set(t, (df.get(t) ?? 0) + 1);
      tfSum.set(t, (tfSum.get(t) ?? 0) + c);
    }
  }
  const termScores = new Map<string, number>();
  for (const [t, d] of df) {
    if (d < minDf) continue;
    const words = t.split(' ');
    const generic = words.filter((w) => BACKGROUND_STEMS.has(w)).length / words.length;
    // Pairs are rarer and more specific than single words, so they earn a bonus when they recur.
    const s =
      (d / n) ** 2 * Math.log(1 + (tfSum.get(t) ?? 0)) * (1 - 0.85 * generic) * (words.length > 1 ? 1.5 : 1);
    if (s > 0) termScores.set(t, s);
  }
  const actorDf = new Map<string, number>();
  const actorMentions = new Map<string, number>();
  for (const { analysis } of items) {
    for (const a of analysis.actors) {
      actorDf.set(a.id, (actorDf.get(a.id) ?? 0) + 1);
      actorMentions.set(a.id, (actorMentions.get(a.id) ?? 0) + a.mentions.length);
    }
  }
  const actorScores = new Map<string, number>();
  for (const [id, d] of actorDf) {
    if (d < minDf) continue;
    actorScores.set(id, (d / n) ** 2 * Math.log(1 + (actorMentions.get(id) ?? 0)));
  }
  const terms = topWeighted(termScores, MAX_TERMS).map((t) => ({
    ...t,
    term: surface.get(t.term) ?? t.term,
  }));
  const actors = topWeighted(actorScores, MAX_ACTORS);
  // Co-occurrence: an article must name one of the story's main actors and use some of its main vocabulary.
  const requireAll = [
    actors.slice(0, 4).map((a) => `actor:${a.term}`),
    terms.slice(0, 10).map((t) => t.term),
  ].filter((g) => g.length > 0);
  const profile: TopicProfile = {
    id: `story-${slugify(label) || 'untitled'}`,
    label,
    terms,
    actors,
    requireAll,
    threshold: 0,
  };
  // Calibrate: the weakest source article must still match, with a margin for shorter or thinner reports.
  const compiled = compileTopic(profile);
  const lexicon = getDefaultLexicon();
  const own = items.map(
    ({ article, analysis }) => scoreTopic(article, analysis.actors, compiled, lexicon).score,
  );
  profile.threshold = Math.round(Math.min(0.8, Math.max(0.3, Math.min(...own) * 0.7)) * 100) / 100;
  return profile;
}
