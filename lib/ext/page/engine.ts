/**
 * The analysis as the page reaches it. The engine (lexicon, topics, rules) lives in the extension's background,
 * where its code stays compiled; the page sends its article and gets actors and claims back. A worker stopped
 * mid-request closes the message port: the request is sent once more (the message starts the worker again),
 * and a background that still does not answer is reported as the page's failure rather than hanging it.
 */
import type { AnalyseReply, AnalyseRequest, TopicCheckRequest } from '@/lib/ext/messages';
import type { Article, Result, TopicCheck } from '@/lib/types';

/** How long a page waits for the background's answer, each try. */
export const ENGINE_TIMEOUT_MS = 10_000;

/** The analysis engine a page run uses, wherever it runs. */
export interface PageEngine {
  /** The topic pre-check on the page's text, before extraction. */
  checkTopics(text: TopicCheckRequest): Promise<TopicCheck[]>;
  /** Analyses the article as far as `depth` says. */
  analyse(article: Article, depth: 'auto' | 'full'): Promise<AnalyseReply>;
}

/** The two messages a page sends to the background's engine. */
export interface EngineMessages {
  analyseArticle(request: AnalyseRequest): Promise<Result<AnalyseReply>>;
  checkTopics(request: TopicCheckRequest): Promise<Result<TopicCheck[]>>;
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms / 1000} s`)), ms);
  });
  return Promise.race([promise, late]).finally(() => clearTimeout(timer));
}

/** Sends once, and once more when the first send was lost (not when the background answered with a failure). */
async function ask<T>(send: () => Promise<Result<T>>, timeoutMs: number): Promise<T> {
  let reply: Result<T>;
  try {
    reply = await withTimeout(send(), timeoutMs);
  } catch {
    try {
      reply = await withTimeout(send(), timeoutMs);
    } catch (err) {
      throw new Error(
        `the extension's background is unreachable (${err instanceof Error ? err.message : err})`,
      );
    }
  }
  if (!reply?.ok) throw new Error(reply?.error ?? 'no answer from the background');
  return reply.value;
}

/** The background's engine, reached through `messages`. */
export function backgroundEngine(messages: EngineMessages, timeoutMs = ENGINE_TIMEOUT_MS): PageEngine {
  return {
    checkTopics: (text) => ask(() => messages.checkTopics(text), timeoutMs),
    analyse: (article, depth) => ask(() => messages.analyseArticle({ article, depth }), timeoutMs),
  };
}
