/**
 * Background handlers for the side panel's write requests (`saveTab`, `deleteReport`), so the panel's
 * Save and Delete go through the background like every other write. Registered from the background entry.
 */
import { saveTabArticle } from '@/lib/background/save-page';
import { onMessage } from '@/lib/messages';
import { getDb } from '@/lib/store/db';
import { deleteReport } from '@/lib/store/delete';

/** Registers the panel's background message handlers. */
export function setupPanelRequests(): void {
  onMessage('saveTab', ({ data }) => saveTabArticle(data));
  onMessage('deleteReport', async ({ data }) => {
    try {
      await deleteReport(getDb(), data);
      return { ok: true as const, value: true as const };
    } catch (err) {
      return {
        ok: false as const,
        error: `Could not delete: ${err instanceof Error ? err.message : String(err)}`,
      };
    }
  });
}
