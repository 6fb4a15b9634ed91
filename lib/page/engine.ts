import { compileLexiconFrom } from '@/lib/analyze/actors/compiled-lexicon';
import type { AnalysisEngine } from '@/lib/analyze/analyze-with';
import { compileTopics } from '@/lib/analyze/topic/compile-topic';
import type { AnalysisSettings } from '@/lib/messages';

/** Compiles the lexicon and topics the background sent into the engine a page's analysis runs on. */
export function engineFrom(settings: AnalysisSettings): AnalysisEngine {
  return {
    lexicon: compileLexiconFrom(settings.baseLexicon, settings.lexicon),
    topics: compileTopics(settings.topics),
  };
}
