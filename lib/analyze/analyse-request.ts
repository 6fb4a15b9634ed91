/**
 * One analysis request as the extension's background answers it: an unasked run ('auto') first checks the
 * followed topics and stops there when none could match; otherwise actors, claims and topic scores. Pure, so
 * Node tests and the background run the very same steps.
 */
import type { Analysis, Article, TopicCheck } from '../types';
import { analyzeInParts } from './analyze-in-parts';
import type { AnalysisEngine } from './analyze-with';
import { checkTopics } from './topic/topic-gate';

/** The analysis, or the topic pre-check's verdicts when an 'auto' run stopped there. */
export type AnalysisOutcome =
  | { analysis: Analysis; deferred: null }
  | { analysis: null; deferred: TopicCheck[] };

/** Analyses `article` as far as `depth` says; `pause` runs between the parts of a long text. */
export async function analyseToDepth(
  article: Article,
  depth: 'auto' | 'full',
  engine: AnalysisEngine,
  pause: () => Promise<void> = () => Promise.resolve(),
): Promise<AnalysisOutcome> {
  if (depth === 'auto') {
    // The page's text held the evidence; the article alone may not (it was in a sidebar or a comment).
    const topics = checkTopics(article, engine.topics, engine.lexicon);
    if (!topics.some((t) => t.possible)) return { analysis: null, deferred: topics };
  }
  return { analysis: await analyzeInParts(article, engine, pause), deferred: null };
}
