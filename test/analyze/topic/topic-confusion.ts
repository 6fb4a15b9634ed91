/**
 * Test helper: the default topic's verdict on articles, and its confusion on the project's own near-topic
 * negatives (test/fixtures/topic/near: reports close to the topic but not on it) and on-topic excerpts
 * (test/fixtures/topic/on).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { getDefaultLexicon } from '../../../lib/analyze/actors/default-lexicon';
import { findActors } from '../../../lib/analyze/actors/find-actors';
import { getDefaultTopics } from '../../../lib/analyze/topic/default-topics';
import { scoreTopics } from '../../../lib/analyze/topic/score-topic';
import type { Article, TopicScore } from '../../../lib/types';
import { articleFromText } from '../actors/article-from-text';

/** The default topic's score of one article. */
export function scoreDefaultTopic(a: Article): TopicScore {
  const lexicon = getDefaultLexicon();
  return scoreTopics(a, findActors(a, lexicon), getDefaultTopics(), lexicon)[0];
}

/** The default topic's threshold. */
export function defaultThreshold(): number {
  return getDefaultTopics()[0].profile.threshold;
}

/** One fixture's verdict. */
export interface FixtureVerdict {
  name: string;
  onTopic: boolean;
  score: number;
  match: boolean;
  missing: string[];
}

const fixtureDir = resolve(import.meta.dirname, '../../fixtures/topic');

/** Score every near-topic negative and on-topic excerpt. */
export function topicFixtureVerdicts(): FixtureVerdict[] {
  const out: FixtureVerdict[] = [];
  for (const [dir, onTopic] of [
    ['on', true],
    ['near', false],
  ] as const) {
    for (const f of readdirSync(join(fixtureDir, dir)).sort()) {
      const s = scoreDefaultTopic(articleFromText(readFileSync(join(fixtureDir, dir, f), 'utf8')));
      const missing = s.reasons.filter((r) => r.term.startsWith('missing: ')).map((r) => r.term.slice(9));
      out.push({ name: `${dir}/${f}`, onTopic, score: s.score, match: s.match, missing });
    }
  }
  return out;
}
