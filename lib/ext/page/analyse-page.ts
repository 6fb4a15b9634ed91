import {
  detectArticle,
  extractArticle,
  isBigPage,
  pageSize,
  readingScope,
  sizeLimitReason,
  textLimitReason,
} from '@/lib/extract';
import { pageTopicText } from '@/lib/extract/page-text';
import type { HighlightItem } from '@/lib/highlight/highlighter';
import type { Article, PageState } from '@/lib/types';
import { anchorItems } from './anchor-items';
import type { PageEngine } from './engine';
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
  /**
   * 'full' analyses every article. 'auto' (a run nobody asked for: a page on a site the reader enabled) stops
   * after a cheap topic pre-check when no followed topic could match, first on the page's text (before
   * extraction), then on the article's; `state.deferred` says so, and a 'full' run follows once the reader
   * asks. Defaults to 'full'. A promise is awaited only after detection, so asking for it overlaps that work.
   */
  depth?: 'auto' | 'full' | Promise<'auto' | 'full'>;
}

/**
 * Detect → extract → analyse → anchor, one step per task with yields between, so the page stays
 * responsive. Analysis is `engine`'s (the extension's background): the page waits for it without working.
 * Rejects with an AbortError when `signal` aborts mid-way.
 */
export async function analysePage(
  doc: Document,
  url: string,
  signal: AbortSignal,
  engine: PageEngine,
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
  const depth = await options.depth;
  slicer.resume();
  // Unasked, an article no followed topic could match is not even extracted: its page's text says so.
  if (depth === 'auto' && !(await someTopicPossible(state, pageTopicText(doc), engine, slicer)))
    return done();
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
  // An unasked run checks the article's topics again there (its page's text may have held the evidence in a
  // sidebar or a comment) and may stop: `deferred`.
  const pending = engine.analyse(article, depth ?? 'full');
  await slicer.pause('analyse');
  const reply = await pending;
  slicer.resume();
  state.analysedBy = reply.run;
  if (!reply.analysis) {
    state.deferred = { topics: reply.deferred };
    slicer.finish('analyse');
    return done();
  }
  state.analysis = reply.analysis;
  const page = doc.body ?? doc;
  const anchored = await anchorItems(
    { root: scope.region ?? page, fallback: page },
    article,
    reply.analysis,
    slicer,
  );
  state.orphans = anchored.orphans;
  // Drawing is a task of its own, not the tail of anchoring's last slice.
  await slicer.pause('anchor');
  return done(
    anchored.items,
    reply.analysis.topics.some((t) => t.match),
  );
}

/**
 * The topic pre-check of an 'auto' run, on the page's text, by the background's engine: true when some
 * followed topic could match; otherwise marks the state deferred and closes the step.
 */
async function someTopicPossible(
  state: PageState,
  text: { title: string; text: string },
  engine: PageEngine,
  slicer: Slicer,
): Promise<boolean> {
  const pending = engine.checkTopics(text);
  // The wait is not our work: the page's main thread is free meanwhile.
  await slicer.pause('topic');
  const topics = await pending;
  slicer.resume();
  if (topics.some((t) => t.possible)) return true;
  state.deferred = { topics };
  slicer.finish('topic');
  return false;
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
