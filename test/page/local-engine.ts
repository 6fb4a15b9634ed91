import { SHIPPED_LEXICON_INDEX } from '@/lib/analyze/actors/default-lexicon';
import { SHIPPED_TOPIC_INDEX } from '@/lib/analyze/topic/default-topics';
import { checkTopics } from '@/lib/analyze/topic/topic-gate';
import { answerAnalyse } from '@/lib/ext/background/analyse-article';
import { createEngineHost, type EngineHost } from '@/lib/ext/background/analysis-engine';
import { backgroundEngine, type PageEngine } from '@/lib/ext/page/engine';

/** The background's engine host on the shipped data, as the extension builds it. */
export function shippedHost(): EngineHost {
  return createEngineHost(async () => ({
    lexicon: SHIPPED_LEXICON_INDEX,
    topics: SHIPPED_TOPIC_INDEX,
    key: '',
  }));
}

/**
 * A page engine whose "background" is the background's own handlers in this process, each message passing
 * through a structured clone as it would between contexts.
 */
export function localEngine(host: EngineHost = shippedHost()): PageEngine {
  return backgroundEngine({
    analyseArticle: async (request) => structuredClone(await answerAnalyse(host, structuredClone(request))),
    checkTopics: async (request) => {
      const engine = await host.engine();
      return { ok: true, value: checkTopics(structuredClone(request), engine.topics, engine.lexicon) };
    },
  });
}
