/**
 * The first analysis in a cold extension context, on seed 000 (6,201 characters): right after the browser
 * starts, and after Chrome stopped the idle service worker (the next message starts it again). Also what the
 * alternative host would cost before any analysis: opening Chrome's offscreen document.
 */
import { readFileSync } from 'node:fs';
import type { AnalyseReply } from '@/lib/ext/messages';
import type { Article } from '@/lib/types';
import { launchBench, send, stopAutoRuns } from './browser';
import { SEED } from './corpus-pages';
import { measurePage } from './measure-page';

/** The seed as the page would send it: title, text and paragraph offsets. */
export function seedArticle(): Article {
  const [title, ...paras] = readFileSync(SEED, 'utf8')
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  let at = 0;
  const paragraphs = paras.map((p) => {
    const span = { start: at, end: at + p.length };
    at += p.length + 2;
    return span;
  });
  return {
    url: 'http://127.0.0.1/seed/',
    canonicalUrl: '',
    title,
    byline: null,
    siteName: '',
    publishedTime: null,
    lang: 'en',
    text: paras.join('\n\n'),
    paragraphs,
  };
}

/** What the cold-start measurements found (ms). */
export interface FirstAnalysis {
  chars: number;
  /** Round trip of `analyseArticle` from an extension page, first message after the browser started. */
  afterStartMs: number;
  /** The same, as the worker timed its own work. */
  afterStartWorkerMs: number;
  /** Round trip of the first `analyseArticle` after the service worker was stopped. */
  afterRestartMs: number;
  afterRestartWorkerMs: number;
  /** A second analysis of the same text: the warm engine. */
  warmMs: number;
  /** The first page after the browser starts, asked: message to painted, and the engine's own time on it. */
  firstPageClickToPaintMs: number;
  firstPageAnalysedMs: number | null;
  firstPageEngineWasWarm: boolean | null;
  /** Opening Chrome's offscreen document (the other place analysis could run), before any work there. */
  offscreenOpenMs: number;
}

async function analyseOnce(ext: Parameters<typeof send>[0], article: Article) {
  const r = await send(ext, 'analyseArticle', { article, depth: 'full' });
  const reply = r.res as { ok: boolean; value?: AnalyseReply; error?: string } | undefined;
  if (!reply?.ok || !reply.value) throw new Error(`analyseArticle failed: ${JSON.stringify(r)}`);
  return { roundTrip: r.back - r.at, worker: reply.value.run.ms };
}

/** Runs the cold-start measurements, each in a freshly started browser. */
export async function measureFirstAnalysis(base: string, pageBundle: string): Promise<FirstAnalysis> {
  const article = seedArticle();
  const a = await launchBench();
  let afterStart: { roundTrip: number; worker: number };
  let afterRestart: { roundTrip: number; worker: number };
  let warm: { roundTrip: number; worker: number };
  let offscreenOpenMs: number;
  try {
    afterStart = await analyseOnce(a.ext, article);
    warm = await analyseOnce(a.ext, article);
    const cdp = await a.context.newCDPSession(a.ext);
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    await new Promise((r) => setTimeout(r, 500));
    afterRestart = await analyseOnce(a.ext, article);
    const worker = a.context.serviceWorkers().at(-1) ?? a.worker;
    offscreenOpenMs = await worker.evaluate(async () => {
      type Api = {
        offscreen: {
          createDocument(o: object): Promise<void>;
          closeDocument(): Promise<void>;
          hasDocument?(): Promise<boolean>;
        };
      };
      const api = (globalThis as unknown as { chrome: Api }).chrome;
      await api.offscreen.closeDocument().catch(() => undefined);
      const t = performance.now();
      await api.offscreen.createDocument({
        url: '/offscreen.html',
        reasons: ['DOM_PARSER'],
        justification: 'benchmark',
      });
      const ms = performance.now() - t;
      await api.offscreen.closeDocument();
      return ms;
    });
  } finally {
    await a.close();
  }
  const b = await launchBench();
  let first: Awaited<ReturnType<typeof measurePage>>;
  try {
    await stopAutoRuns(b.worker);
    first = await measurePage(b, base, { name: 'seed', path: '/seed/x/' }, pageBundle);
  } finally {
    await b.close();
  }
  return {
    chars: article.text.length,
    afterStartMs: afterStart.roundTrip,
    afterStartWorkerMs: afterStart.worker,
    afterRestartMs: afterRestart.roundTrip,
    afterRestartWorkerMs: afterRestart.worker,
    warmMs: warm.roundTrip,
    firstPageClickToPaintMs: first.clickToPaintMs,
    firstPageAnalysedMs: first.analysedMs,
    firstPageEngineWasWarm: first.analysedWarm,
    offscreenOpenMs,
  };
}
