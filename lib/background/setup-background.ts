import { onMessage } from '@/lib/messages';
import type { PageState } from '@/lib/types';

const tabStates = new Map<number, PageState>();

/** Wires the background: message handlers, badge and side panel. */
export function setupBackground(): void {
  onMessage('pageAnalyzed', ({ data, sender }) => {
    const tabId = sender.tab?.id;
    if (tabId !== undefined) tabStates.set(tabId, data);
  });
  onMessage('getTabState', ({ data }) => tabStates.get(data) ?? null);
}
