import { setupTabState } from '@/lib/background/tab-state';

export default defineBackground(() => {
  setupTabState();
});
