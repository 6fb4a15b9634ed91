import { computeDerived } from '@/lib/panel/derive';
import type { WorkerRequest, WorkerResponse } from '@/lib/panel/view-types';

// Wiring only: every comparison runs here so the panel's main thread never blocks.
self.addEventListener('message', (e: MessageEvent<WorkerRequest>) => {
  let reply: WorkerResponse;
  try {
    reply = { id: e.data.id, output: computeDerived(e.data.input) };
  } catch (err) {
    reply = { id: e.data.id, error: err instanceof Error ? err.message : String(err) };
  }
  self.postMessage(reply);
});
