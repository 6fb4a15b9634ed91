import { type HighlightToggles, onMessage, sendMessage } from '@/lib/ext/messages';
import type { PageAnalysis } from './analyse-page';
import { analysePage } from './analyse-page';
import { backgroundEngine } from './engine';
import { extractElsewhereRun } from './extract-elsewhere';
import { type HighlightSession, startHighlights } from './highlight-session';
import type { Overlay, PageUi } from './page-ui';
import { scrollToTarget } from './scroll-to';
import { watchPage } from './watch-page';

/** Late-body retries: how many content changes are analysed while no article has been found. */
const MAX_CONTENT_RETRIES = 6;

/**
 * Runs Parallax in a page: analyse (sliced), highlight on-topic articles, offer a quiet pill on off-topic ones,
 * answer the side panel, and start again on SPA navigation or late content. Everything stops with `signal`.
 * Marks `<html data-parallax>` "article" / "not-article" so tests can tell "ran and decided" from "never ran".
 */
export function setupPage(doc: Document, signal: AbortSignal, ui: PageUi): void {
  if (signal.aborted) return;
  let toggles: HighlightToggles = { enabled: true, categories: {} };
  let run: PageAnalysis | null = null;
  // Settles once the background has this run's state: the popover's saved-report context needs it there.
  let reported: Promise<void> = Promise.resolve();
  let session: HighlightSession | null = null;
  let runCtl: AbortController | null = null;
  let overlay: Overlay | null = null;
  let retries = 0;
  let prefsApplied = false;
  // The analysis runs in the extension's background, where the engine stays compiled between pages.
  const engine = backgroundEngine({
    analyseArticle: (request) => sendMessage('analyseArticle', request),
    checkTopics: (request) => sendMessage('checkTopics', request),
  });
  let bodyChars = 0;
  const textLength = () => doc.body?.textContent?.length ?? 0;
  const getOverlay = () => {
    overlay ??= ui.createOverlay(doc);
    return overlay;
  };

  const draw = () => {
    if (!run || !runCtl || session) return session;
    session = startHighlights(doc, run, toggles, getOverlay, ui, runCtl.signal, reported);
    return session;
  };

  // The run's verdict is on screen (highlights, pill or nothing): a mark on the page's performance timeline,
  // which is how click-to-highlight is measured (`npm run bench -- content`).
  // Work the reader does not wait for: after the next frame, or soon in a hidden tab (no frames come there).
  const afterPaint = (fn: () => void) => {
    let done = false;
    const once = () => {
      if (done) return;
      done = true;
      fn();
    };
    requestAnimationFrame(() => setTimeout(once, 0));
    setTimeout(once, 250);
  };

  // `parallax:painted` is the task after the first frame that follows the verdict: the frame that painted it.
  const shown = () => {
    performance.mark('parallax-run');
    requestAnimationFrame(() => setTimeout(() => performance.mark('parallax:painted'), 0));
  };

  // Bad pages must not break the tab: report the failure as the page state, shown by the panel.
  const reportFailure = (err: unknown) => {
    const reason = err instanceof Error ? err.message : String(err);
    void sendMessage('pageAnalyzed', {
      url: doc.location.href,
      detection: { isArticle: false, confidence: 0, signals: [] },
      article: null,
      analysis: null,
      orphans: [],
      skipped: `analysis failed: ${reason}`,
      analyzedAt: new Date().toISOString(),
    }).catch(() => undefined);
  };

  /**
   * One run. `asked`: the reader asked (pill, panel, menu), so it goes the whole way whatever the topic;
   * `show`: draw the highlights even off-topic (asked from the pill).
   */
  const analyse = async (asked = false, show = false) => {
    performance.mark('parallax:start');
    runCtl?.abort();
    session = null;
    run = null;
    const ctl = new AbortController();
    runCtl = ctl;
    const stop = () => ctl.abort();
    signal.addEventListener('abort', stop, { once: true });
    ctl.signal.addEventListener('abort', () => signal.removeEventListener('abort', stop));
    try {
      // Settings come from the background (the store is out of reach here), while the page detects; asking
      // also has the background warm its engine while this page extracts.
      const settings = sendMessage('getAnalysisSettings');
      // Awaited below; a run that fails before then must not leave the rejection unhandled.
      settings.catch(() => undefined);
      // Big pages are extracted by the extension, off the page's main thread; see analysePage.
      const elsewhere = extractElsewhereRun((request) => sendMessage('extractHtml', request));
      const result = await analysePage(doc, doc.location.href, ctl.signal, engine, {
        extractElsewhere: elsewhere.extract,
        depth: asked ? 'full' : settings.then((s) => s.depth ?? 'full'),
      });
      const { highlights } = await settings;
      performance.mark('parallax:settings');
      // Stored preferences are the starting point; toggles made on this page since then win.
      if (highlights && !prefsApplied) toggles = highlights;
      prefsApplied = true;
      if (ctl.signal.aborted) return;
      const extraction = elsewhere.record(result.state);
      // In-page, the extraction step's time (off the page, the time it took there).
      if (extraction?.site === 'page') extraction.ms = Math.round(result.timings.steps.extract ?? 0);
      if (extraction) result.state.extraction = extraction;
      run = result;
      doc.documentElement.dataset.parallax = result.state.detection.isArticle ? 'article' : 'not-article';
      // Copying the state into a message and measuring the page's text take tens of ms on long pages: not
      // before the highlights' frame. A newer run sends its own state.
      let markReported = () => {};
      reported = new Promise<void>((resolve) => {
        markReported = resolve;
      });
      afterPaint(() => {
        bodyChars = textLength();
        if (runCtl !== ctl) return markReported();
        void sendMessage('pageAnalyzed', result.state)
          .catch(() => undefined)
          .finally(markReported);
      });
      if (result.state.deferred) {
        const ask = () => void analyse(true, true);
        ctl.signal.addEventListener('abort', ui.showOffTopicPill(getOverlay(), ask), { once: true });
      } else if (result.items.length) {
        if (result.onTopic || show) {
          const drawStart = performance.now();
          draw();
          performance.measure('parallax-task:draw', { start: drawStart });
          performance.mark('parallax:drawn');
        } else ctl.signal.addEventListener('abort', ui.showOffTopicPill(getOverlay(), draw), { once: true });
      }
      shown();
    } catch (err) {
      if (!ctl.signal.aborted) {
        reportFailure(err);
        shown();
      }
    }
  };

  const offs = [
    onMessage('analyseFully', async () => {
      if (run?.state.deferred) await analyse(true);
      return { ok: true as const, value: true as const };
    }),
    onMessage('scrollTo', ({ data }) => scrollToTarget(doc, draw()?.highlighter ?? null, data)),
    // Toggles apply to drawn highlights; an off-topic page stays undrawn until the reader asks (pill, scroll-to).
    onMessage('setHighlights', ({ data }) => {
      toggles = {
        enabled: data.enabled,
        categories: { ...toggles.categories, ...data.categories },
        density: data.density ?? toggles.density,
      };
      session?.highlighter.setToggles(toggles);
      return { ok: true, value: toggles };
    }),
    onMessage('toggleHighlights', () => {
      toggles = { ...toggles, enabled: !toggles.enabled };
      session?.highlighter.setToggles(toggles);
      return { ok: true, value: toggles };
    }),
  ];

  watchPage(
    doc,
    signal,
    () =>
      retries < MAX_CONTENT_RETRIES && (!run?.state.article || (run.state.article.text.length ?? 0) < 3000),
    (reason) => {
      // Late content counts only when the text really grew (our own marks and widgets do not change it).
      if (reason === 'content' && textLength() < bodyChars * 1.15 + 200) return;
      retries = reason === 'url' ? 0 : retries + 1;
      void analyse();
    },
  );
  signal.addEventListener('abort', () => {
    runCtl?.abort();
    for (const off of offs) off();
    overlay?.destroy();
  });
  void analyse();
}
