/**
 * One corpus page, fresh: open it, send the message that starts an asked run, wait for the first frame after
 * the run's verdict (the highlights) is on screen, then time Readability's parse of the same page in the same
 * page, and read the browser's long tasks since the message.
 */
import type { Page } from 'playwright-core';
import type { PageState } from '@/lib/types';
import { type BenchBrowser, send, tabIdOf } from './browser';

/** What one page measured. */
export interface PageRun {
  page: string;
  /** From the message to the first frame painted after the run's verdict (ms). */
  clickToPaintMs: number;
  /**
   * The same end read from the session's own mark, set in the task after the first frame that follows the
   * verdict (the probe above learns of the verdict through a performance observer, which Chromium may call
   * a frame late).
   */
  clickToFrameMs: number;
  /** From the message to the verdict (highlights set), without waiting for the frame (ms). */
  clickToMarkMs: number;
  /** Readability's first parse of a clone of the page, in the page's own world (ms), and a second one. */
  readabilityMs: number;
  readabilityWarmMs: number;
  /** The longest task the browser saw on the page's main thread since the message (0: none over 50 ms). */
  longestTaskMs: number;
  /** Long tasks since the message: [start after the message, duration] (ms). */
  longTasks: [number, number][];
  highlights: number;
  /** Parallax's step marks since the message: [name, ms after the message], in order. */
  steps: [string, number][];
  /** Longest stretch of Parallax's own work between two yields, by its own measures (ms). */
  ownLongestMs: number;
  ownLongestStep: string;
  isArticle: boolean;
  extraction: string;
  extractionMs: number | null;
  analysedMs: number | null;
  analysedWarm: boolean | null;
  textChars: number;
  scope: { elements: number; paragraphChars: number };
  skipped: string | null;
}

interface Probe {
  longtasks: [number, number][];
  mark: number | null;
  painted: number | null;
}

type BenchGlobal = {
  __pxBench: { readability(): number; scope(): { elements: number; paragraphChars: number } };
  __px: Probe;
};

const highlightCount = () => {
  const reg = (CSS as unknown as { highlights?: Map<string, Set<Range>> }).highlights;
  let n = 0;
  if (reg) for (const [k, h] of reg) if (k.startsWith('parallax-') && k !== 'parallax-flash') n += h.size;
  return n;
};

/** Measures one page; `pageBundle` exposes Readability and the reading scope in the page's main world. */
export async function measurePage(
  b: BenchBrowser,
  base: string,
  page: { name: string; path: string },
  pageBundle: string,
): Promise<PageRun> {
  const tab: Page = await b.context.newPage();
  try {
    await tab.goto(`${base}${page.path}`, { waitUntil: 'load', timeout: 30_000 });
    // Settle: the page's own load work is not ours.
    await tab.waitForTimeout(150);
    const tabId = await tabIdOf(b.worker, tab.url());
    const started = await send(b.ext, 'analyzeTab', tabId);
    await tab.waitForFunction(() => (globalThis as unknown as BenchGlobal).__px.painted !== null, null, {
      polling: 50,
      timeout: 30_000,
    });
    const probe = await tab.evaluate(() => {
      const px = (globalThis as unknown as BenchGlobal).__px;
      const steps = performance
        .getEntriesByType('mark')
        .filter((m) => m.name.startsWith('parallax:'))
        .map((m) => [m.name.slice(9), m.startTime] as [string, number]);
      const own = performance
        .getEntriesByType('measure')
        .filter((m) => m.name.startsWith('parallax-task:'))
        .sort((a, b) => b.duration - a.duration)[0];
      const ownLongest = [own?.name.slice(14) ?? '', own?.duration ?? 0] as const;
      return { ...px, steps, ownLongest, origin: performance.timeOrigin };
    });
    const highlights = await tab.evaluate(highlightCount);
    await tab.evaluate(pageBundle);
    const timing = await tab.evaluate(() => {
      const g = globalThis as unknown as BenchGlobal;
      const scope = g.__pxBench.scope();
      const cold = g.__pxBench.readability();
      return { scope, cold, warm: g.__pxBench.readability() };
    });
    const reply = await send(b.ext, 'getTabState', tabId);
    const state = (reply.res ?? null) as PageState | null;
    const since = started.at - probe.origin;
    const ours = probe.longtasks.filter(([start, d]) => start + d > since);
    return {
      page: page.name,
      clickToPaintMs: (probe.painted ?? 0) - since,
      clickToFrameMs: (probe.steps.find(([n]) => n === 'painted')?.[1] ?? probe.painted ?? 0) - since,
      clickToMarkMs: (probe.mark ?? 0) - since,
      readabilityMs: timing.cold,
      readabilityWarmMs: timing.warm,
      longestTaskMs: Math.max(0, ...ours.map(([, d]) => d)),
      longTasks: ours.map(([start, d]) => [Math.round(start - since), Math.round(d)]),
      highlights,
      ownLongestMs: probe.ownLongest[1],
      ownLongestStep: probe.ownLongest[0],
      steps: probe.steps.map(([n, t]) => [n, Math.round((t - since) * 10) / 10]),
      isArticle: state?.detection.isArticle ?? false,
      extraction: state?.extraction?.site ?? 'none',
      extractionMs: state?.extraction?.ms ?? null,
      analysedMs: state?.analysedBy?.ms ?? null,
      analysedWarm: state?.analysedBy?.warm ?? null,
      textChars: state?.article?.text.length ?? 0,
      scope: timing.scope,
      skipped: state?.skipped ?? null,
    };
  } finally {
    await tab.close();
  }
}
