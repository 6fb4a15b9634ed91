import { analyzeInParts } from '@/lib/analyze/analyze-in-parts';
import type { AnalysisEngine } from '@/lib/analyze/analyze-with';
import {
  detectArticle,
  extractArticle,
  isBigPage,
  pageSize,
  readingScope,
  sizeLimitReason,
  textLimitReason,
} from '@/lib/extract';
import type { HighlightItem } from '@/lib/highlight/highlighter';
import type { Article, PageState } from '@/lib/types';
import { anchorItems } from './anchor-items';
import { createSlicer, type Slicer, type SliceTimings } from './slicer';

/** The outcome of analysing the live page: the state for the background, and the anchored highlights. */
export interface PageAnalysis {
  state: PageState;
  items: HighlightItem[];
  /** True when some followed topic matched: highlights are shown without asking. */
  onTopic: boolean;
  timings: SliceTimings;
}

/** Extraction done away from the page's main thread: the page's HTML in, the article (or null) out. */
export type ExtractElsewhere = (html: string, url: string) => Promise<Article | null>;

/** Optional collaborators of a run. */
export interface AnalysePageOptions {
  /**
   * Where big pages are extracted (the extension's offscreen document or background page), so Readability's
   * one long, unsplittable parse does not freeze the page. Small pages, and any failure here, stay in-page.
   */
  extractElsewhere?: ExtractElsewhere;
}

/**
 * Detect → extract → analyse → anchor, one step per task with yields between, so the page stays
 * responsive. Rejects with an AbortError when `signal` aborts mid-way.
 */
export async function analysePage(
  doc: Document,
  url: string,
  signal: AbortSignal,
  engine: AnalysisEngine,
  options: AnalysePageOptions = {},
): Promise<PageAnalysis> {
  const slicer = createSlicer(signal);
  const state: PageState = {
    url,
    detection: { isArticle: false, confidence: 0, signals: [] },
    article: null,
    analysis: null,
    orphans: [],
    analyzedAt: '',
  };
  const done = (items: HighlightItem[] = [], onTopic = false): PageAnalysis => {
    state.analyzedAt = new Date().toISOString();
    return { state, items, onTopic, timings: slicer.timings };
  };
  signal.throwIfAborted();
  const size = pageSize(doc);
  const tooBig = sizeLimitReason(size);
  if (tooBig) {
    state.skipped = tooBig;
    state.detection.signals.push(tooBig);
    slicer.finish('limits');
    return done();
  }
  await slicer.pause('limits');
  state.detection = detectArticle(doc);
  if (!state.detection.isArticle) {
    slicer.finish('detect');
    return done();
  }
  await slicer.pause('detect');
  const scope = readingScope(doc);
  const elsewhere = isBigPage(scope) ? options.extractElsewhere : undefined;
  const article = await extract(doc, url, scope.region, slicer, elsewhere);
  if (!article) {
    state.skipped = 'no readable article text found';
    return done();
  }
  const tooLong = textLimitReason(article.text);
  if (tooLong) {
    state.skipped = tooLong;
    return done();
  }
  state.article = article;
  const analysis = await analyzeInParts(article, engine, () => slicer.pause('analyse'));
  state.analysis = analysis;
  await slicer.pause('analyse');
  const page = doc.body ?? doc;
  const anchored = await anchorItems(
    { root: scope.region ?? page, fallback: page },
    article,
    analysis,
    slicer,
  );
  state.orphans = anchored.orphans;
  slicer.finish('anchor');
  return done(
    anchored.items,
    analysis.topics.some((t) => t.match),
  );
}

/**
 * Extracts in-page, or elsewhere when given (falling back to in-page on any failure). In-page, Readability
 * reads only the story's region.
 */
async function extract(
  doc: Document,
  url: string,
  region: Element | null,
  slicer: Slicer,
  elsewhere: ExtractElsewhere | undefined,
): Promise<Article | null> {
  if (elsewhere) {
    const pending = elsewhere(doc.documentElement.outerHTML, url).then(
      (article) => ({ ok: true as const, article }),
      () => ({ ok: false as const, article: null }),
    );
    // The wait is not our work: the page's main thread is free meanwhile.
    await slicer.pause('extract');
    const got = await pending;
    slicer.resume();
    if (got.ok) return got.article;
  }
  const article = extractArticle(doc, url, { region });
  await slicer.pause('extract');
  return article;
}
