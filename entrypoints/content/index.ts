import { defineContentScript } from 'wxt/utils/define-content-script';
import { pageUi } from '@/components/popover/page-ui';
import { setupPage } from '@/lib/ext/page/setup-page';

// Registered at run time only: injected on the toolbar click (activeTab) or on sites the user enabled.
export default defineContentScript({
  matches: ['<all_urls>'],
  registration: 'runtime',
  main(ctx) {
    setupPage(document, ctx.signal, pageUi);
  },
});
