/**
 * Analysis with explicit, already compiled data. The content script uses this directly with a lexicon
 * sent by the background, so the lexicon file is not bundled into every page; index.ts adds the defaults.
 */
import type { Analysis, Article } from '../types';
import type { CompiledLexicon } from './actors/compiled-lexicon';
import { findActors } from './actors/find-actors';
import { extractClaims } from './claims/index';
import type { CompiledTopic } from './topic/compile-topic';
import { scoreTopics } from './topic/score-topic';

/** The compiled data an analysis runs on. */
export interface AnalysisEngine {
  lexicon: CompiledLexicon;
  topics: CompiledTopic[];
}

/** Analyse one article with the given engine: typed actors with mentions, attributed claims, topic scores. */
export function analyzeWith(article: Article, engine: AnalysisEngine): Analysis {
  const actors = findActors(article, engine.lexicon);
  const claims = extractClaims(article, actors);
  const topics = scoreTopics(article, actors, engine.topics, engine.lexicon);
  return { actors, claims, topics };
}
