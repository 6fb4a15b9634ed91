import { setupAnalysisSettings } from '@/lib/background/analysis-settings';
import { setupBadge } from '@/lib/background/badge';
import { setupCollection } from '@/lib/background/collection';
import { setupInjection } from '@/lib/background/injection';
import { setupPageRequests } from '@/lib/background/save-page';
import { setupTabState } from '@/lib/background/tab-state';

export default defineBackground(() => {
  setupTabState();
  setupInjection();
  setupBadge();
  setupPageRequests();
  setupCollection();
  setupAnalysisSettings();
});
