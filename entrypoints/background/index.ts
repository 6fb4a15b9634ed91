import { defineBackground } from 'wxt/utils/define-background';
import { setupAnalyseArticle } from '@/lib/ext/background/analyse-article';
import { createEngineHost } from '@/lib/ext/background/analysis-engine';
import { engineSources, setupAnalysisSettings } from '@/lib/ext/background/analysis-settings';
import { setupBadge } from '@/lib/ext/background/badge';
import { setupCollection } from '@/lib/ext/background/collection';
import { setupExtractHtml, viaOffscreenDocument } from '@/lib/ext/background/extract-html';
import { setupInjection } from '@/lib/ext/background/injection';
import { chromeOffscreenApi, createOffscreenHost } from '@/lib/ext/background/offscreen-host';
import { setupPageRequests } from '@/lib/ext/background/save-page';
import { setupTabState } from '@/lib/ext/background/tab-state';
import { setupWelcome } from '@/lib/ext/background/welcome';
import { getDb } from '@/lib/store/db';

export default defineBackground(() => {
  setupWelcome();
  setupTabState();
  setupInjection();
  setupBadge();
  setupPageRequests();
  setupCollection();
  // The analysis engine lives here, compiled once per context; pages send their article and get the analysis.
  const engine = createEngineHost(() => engineSources(getDb()));
  setupAnalyseArticle(engine);
  setupAnalysisSettings(getDb(), () => engine.warm());
  if (import.meta.env.FIREFOX) {
    // Firefox's background page has a DOM and extracts itself. Imported only in this branch, so Chrome's
    // worker bundle carries no Readability.
    setupExtractHtml(async (request) =>
      (await import('@/lib/ext/background/extract-here')).inBackgroundPage(request),
    );
  } else {
    // A document left open by an earlier run of the worker is closed like any other idle one.
    const offscreen = createOffscreenHost(chromeOffscreenApi());
    offscreen.closeWhenIdle();
    setupExtractHtml(viaOffscreenDocument(offscreen));
  }
});
