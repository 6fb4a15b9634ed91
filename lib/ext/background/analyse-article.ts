/**
 * The background's side of the analysis split: pages send their extracted article (`analyseArticle`) or, on
 * an unasked run, their text for the topic pre-check (`checkTopics`); the engine never leaves this context.
 */
import { analyseToDepth } from '@/lib/analyze/analyse-request';
import { checkTopics } from '@/lib/analyze/topic/topic-gate';
import {
  type AnalyseReply,
  type AnalyseRequest,
  onMessage,
  type TopicCheckRequest,
} from '@/lib/ext/messages';
import type { Result, TopicCheck } from '@/lib/types';
import type { EngineHost } from './analysis-engine';
import { errorText } from './extract-html';

const isText = (d: unknown): d is TopicCheckRequest =>
  typeof (d as TopicCheckRequest | null)?.title === 'string' &&
  typeof (d as TopicCheckRequest).text === 'string';

/** True when a message's data is a well-formed analysis request (messages are checked, not trusted). */
export function isAnalyseRequest(data: unknown): data is AnalyseRequest {
  const d = data as Partial<AnalyseRequest> | null;
  return (
    (d?.depth === 'auto' || d?.depth === 'full') &&
    isText(d.article) &&
    Array.isArray(d.article.paragraphs) &&
    d.article.paragraphs.every((p) => Number.isInteger(p?.start) && Number.isInteger(p?.end))
  );
}

// Between the parts of a long text: other tabs' requests get their turn.
const yieldTurn = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** Analyses one request with the host's engine, timing it and saying whether the engine was warm. */
export async function answerAnalyse(
  host: EngineHost,
  request: AnalyseRequest,
): Promise<Result<AnalyseReply>> {
  const started = performance.now();
  const warm = host.isWarm();
  try {
    const outcome = await analyseToDepth(request.article, request.depth, await host.engine(), yieldTurn);
    host.noteRun();
    const run = { ms: Math.round((performance.now() - started) * 10) / 10, warm };
    return { ok: true, value: { ...outcome, run } };
  } catch (err) {
    return { ok: false, error: `analysis failed: ${errorText(err)}` };
  }
}

/** Answers the pages' `analyseArticle` and `checkTopics` with `host`'s engine; returns the stop. */
export function setupAnalyseArticle(host: EngineHost): () => void {
  const offs = [
    onMessage('analyseArticle', ({ data }) =>
      isAnalyseRequest(data) ? answerAnalyse(host, data) : { ok: false, error: 'malformed analysis request' },
    ),
    onMessage('checkTopics', async ({ data }): Promise<Result<TopicCheck[]>> => {
      if (!isText(data)) return { ok: false, error: 'malformed topic check' };
      try {
        const engine = await host.engine();
        return { ok: true, value: checkTopics(data, engine.topics, engine.lexicon) };
      } catch (err) {
        return { ok: false, error: `topic check failed: ${errorText(err)}` };
      }
    }),
  ];
  return () => {
    for (const off of offs) off();
  };
}
