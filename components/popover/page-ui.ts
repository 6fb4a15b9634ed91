import type { PageUi } from '@/lib/ext/page/page-ui';
import { createOverlay } from './overlay';
import { showOffTopicPill } from './pill';
import { setupPopover } from './popover-controller';

/** The in-page widgets the content script hands to the page session. */
export const pageUi: PageUi = { createOverlay, showOffTopicPill, setupPopover };
