import { lexiconFromIndex } from '@/lib/analyze/actors/compiled-lexicon';
import type { AnalysisEngine } from '@/lib/analyze/analyze-with';
import { topicFromIndex } from '@/lib/analyze/topic/compile-topic';
import type { AnalysisSettings } from '@/lib/ext/messages';

/** The engine a page's analysis runs on, built from the indexes the background sent: lookups only, no stemming. */
export function engineFrom(settings: AnalysisSettings): AnalysisEngine {
  return {
    lexicon: lexiconFromIndex(settings.lexicon),
    topics: settings.topics.map(topicFromIndex),
  };
}
