/**
 * The analysis engine kept in the extension's long-lived context (Chrome's service worker, Firefox's
 * background page): built once from the lexicon and topics, rebuilt only when the user's data changes, and
 * warmed on an invented report while a page is still extracting, so the first real article finds its code
 * compiled. Chrome stops an idle worker after about 30 s; the next page's first message starts it again and
 * the warm-up runs again, alongside that page's extraction.
 */

import { lexiconFromIndex } from '@/lib/analyze/actors/compiled-lexicon';
import type { AnalysisEngine } from '@/lib/analyze/analyze-with';
import { topicFromIndex } from '@/lib/analyze/topic/compile-topic';
import { warmUp } from '@/lib/analyze/warm-up';
import type { EngineSources } from './analysis-settings';

/** One engine for the context's life, rebuilt when its sources change. */
export interface EngineHost {
  /** The engine for the current sources, built when they changed or on first use. */
  engine(): Promise<AnalysisEngine>;
  /** Builds and warms the engine in the background of other work; failures wait for the real request. */
  warm(): void;
  /** True once the engine's code has run on some article in this context. */
  isWarm(): boolean;
  /** Records that the engine ran on a real article. */
  noteRun(): void;
}

/** Creates the host; `load` reads the engine's sources (from the store, in the extension). */
export function createEngineHost(load: () => Promise<EngineSources>): EngineHost {
  let built: { key: string; engine: AnalysisEngine } | null = null;
  let ran = false;
  let warming: Promise<void> | null = null;
  const engine = async () => {
    const sources = await load();
    if (built?.key !== sources.key)
      built = {
        key: sources.key,
        engine: { lexicon: lexiconFromIndex(sources.lexicon), topics: sources.topics.map(topicFromIndex) },
      };
    return built.engine;
  };
  return {
    engine,
    warm() {
      if (ran || warming) return;
      warming = engine()
        .then((e) => {
          if (ran) return;
          warmUp(e);
          ran = true;
        })
        .catch(() => undefined)
        .finally(() => {
          warming = null;
        });
    },
    isWarm: () => ran,
    noteRun() {
      ran = true;
    },
  };
}
