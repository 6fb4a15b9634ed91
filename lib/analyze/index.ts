/**
 * The analysis entry point: actors, claims and topic scores for one extracted article. Pure: it takes an
 * `Article` and returns JSON-serialisable data, so it runs the same in the content script, Node and the CLI.
 */
import type { Analysis, Article, LexiconEntry, TopicProfile } from '../types';
import type { CompiledLexicon } from './actors/compiled-lexicon';
import { compileLexicon, getDefaultLexicon } from './actors/default-lexicon';
import { type AnalysisEngine, analyzeWith } from './analyze-with';
import { type CompiledTopic, compileTopics } from './topic/compile-topic';
import { getDefaultTopics } from './topic/default-topics';

/** Options for `analyzeArticle`; both default to the data shipped in public/data. */
export interface AnalyzeOptions {
  /** User additions, merged over the shipped lexicon (same id replaces the shipped entry). */
  lexicon?: LexiconEntry[];
  /** Topic profiles to score; defaults to the shipped profiles. */
  topics?: TopicProfile[];
}

// Options objects usually come straight from storage and are reused, so compiled forms are cached per array.
const lexiconCache = new WeakMap<LexiconEntry[], CompiledLexicon>();
const topicCache = new WeakMap<TopicProfile[], CompiledTopic[]>();

/** The lexicon to use for these options, compiled once and cached. */
export function resolveLexicon(options?: AnalyzeOptions): CompiledLexicon {
  const extra = options?.lexicon;
  if (!extra || extra.length === 0) return getDefaultLexicon();
  let compiled = lexiconCache.get(extra);
  if (!compiled) {
    compiled = compileLexicon(extra);
    lexiconCache.set(extra, compiled);
  }
  return compiled;
}

/** The topics to score for these options, compiled once and cached. */
export function resolveTopics(options?: AnalyzeOptions): CompiledTopic[] {
  const profiles = options?.topics;
  if (!profiles) return getDefaultTopics();
  let compiled = topicCache.get(profiles);
  if (!compiled) {
    compiled = compileTopics(profiles);
    topicCache.set(profiles, compiled);
  }
  return compiled;
}

/** Analyse one article: typed actors with mentions, attributed claims, and topic scores. */
export function analyzeArticle(article: Article, options?: AnalyzeOptions): Analysis {
  return analyzeWith(article, resolveEngine(options));
}

/** The compiled lexicon and topics for these options (shipped data by default). */
export function resolveEngine(options?: AnalyzeOptions): AnalysisEngine {
  return { lexicon: resolveLexicon(options), topics: resolveTopics(options) };
}

export type { AnalysisEngine, CompiledLexicon, CompiledTopic };
export { getDefaultLexicon, getDefaultTopics };
