import { setupAnalysisSettings } from '@/lib/background/analysis-settings';
import { setupBadge } from '@/lib/background/badge';
import { setupCollection } from '@/lib/background/collection';
import { setupExtractHtml, viaOffscreenDocument } from '@/lib/background/extract-html';
import { setupInjection } from '@/lib/background/injection';
import { chromeOffscreenApi, createOffscreenHost } from '@/lib/background/offscreen-host';
import { setupPageRequests } from '@/lib/background/save-page';
import { setupTabState } from '@/lib/background/tab-state';

export default defineBackground(() => {
  setupTabState();
  setupInjection();
  setupBadge();
  setupPageRequests();
  setupCollection();
  setupAnalysisSettings();
  if (import.meta.env.FIREFOX) {
    // Firefox's background page has a DOM and extracts itself. Imported only in this branch, so Chrome's
    // worker bundle carries no Readability.
    setupExtractHtml(async (request) =>
      (await import('@/lib/background/extract-here')).inBackgroundPage(request),
    );
  } else {
    // A document left open by an earlier run of the worker is closed like any other idle one.
    const offscreen = createOffscreenHost(chromeOffscreenApi());
    offscreen.closeWhenIdle();
    setupExtractHtml(viaOffscreenDocument(offscreen));
  }
});
