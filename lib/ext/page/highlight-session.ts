import { type HighlightToggles, type PageContext, sendMessage } from '@/lib/ext/messages';
import { createHighlighter, type Highlighter } from '@/lib/highlight/highlighter';
import type { PageAnalysis } from './analyse-page';
import type { Overlay, PageUi } from './page-ui';
import { entriesFor } from './popover-entries';

/** The drawn side of one analysis: highlights, popover, saved-report context. Stopped by its signal. */
export interface HighlightSession {
  highlighter: Highlighter;
}

/** Draws an analysis' highlights with the reader's toggles and wires the popover. */
export function startHighlights(
  doc: Document,
  run: PageAnalysis,
  toggles: HighlightToggles,
  overlay: () => Overlay,
  ui: PageUi,
  signal: AbortSignal,
  reported: Promise<void> = Promise.resolve(),
): HighlightSession {
  // The overlay first: both it and the highlighter read the page's colours before writing their styles, and
  // a read after a write would force the whole page's style to be recomputed inside this task.
  const shadow = overlay();
  const first = run.items[0]?.range.startContainer.parentElement ?? doc.body;
  const highlighter = createHighlighter(doc, first);
  performance.mark('parallax:highlighter');
  // Toggles first, while there is nothing to draw: the items are then registered once.
  highlighter.setToggles(toggles);
  highlighter.set(run.items);
  performance.mark('parallax:set');
  let context: PageContext | null = null;
  let saved = false;
  const refresh = () =>
    sendMessage('pageContext', {})
      .then((r) => {
        if (r.ok && !signal.aborted) {
          context = r.value;
          saved = r.value.saved;
        }
      })
      .catch(() => undefined);
  // The background answers for this page only once it holds the page's state, sent after the first frame.
  void reported.then(refresh);
  ui.setupPopover(
    {
      doc,
      overlay: shadow,
      highlighter,
      entries: (items) => entriesFor(items, run.state.analysis, context),
      isSaved: () => saved,
      siteEnabled: () => context?.siteEnabled === true,
      enableSite: () => void sendMessage('openSiteSettings').catch(() => undefined),
      save: async () => {
        try {
          const r = await sendMessage('saveThisPage', {});
          if (!r.ok) return `Not saved: ${r.error}`;
          saved = true;
          void refresh();
          return r.value.created ? 'Saved to your collection.' : 'Already in your collection (updated).';
        } catch {
          return 'Not saved: Parallax could not reach its background page. Reload the page and try again.';
        }
      },
    },
    signal,
  );
  signal.addEventListener('abort', () => highlighter.destroy());
  return { highlighter };
}
