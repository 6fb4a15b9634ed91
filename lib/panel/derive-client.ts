/**
 * Runs the panel's comparison work (lib/compare via ./derive) off the main thread: ranking and diffing a
 * few hundred reports takes ~100 ms and clustering stories more, which would freeze the panel.
 */
import type { DeriveFn, DeriveOutput, WorkerRequest, WorkerResponse } from './view-types';

/** Computes in this thread (tests, or where workers are unavailable); loads lib/compare lazily. */
export const inlineDerive: DeriveFn = async (input) => {
  const { computeDerived } = await import('./derive');
  return computeDerived(input);
};

/** A DeriveFn backed by a worker running `computeDerived`; each call gets its own reply by id. */
export function workerDerive(worker: Worker): DeriveFn {
  let next = 0;
  const pending = new Map<number, { resolve: (o: DeriveOutput) => void; reject: (e: Error) => void }>();
  worker.addEventListener('message', (e: MessageEvent<WorkerResponse>) => {
    const p = pending.get(e.data.id);
    if (!p) return;
    pending.delete(e.data.id);
    if (e.data.output) p.resolve(e.data.output);
    else p.reject(new Error(e.data.error ?? 'comparison failed'));
  });
  return (input) =>
    new Promise((resolve, reject) => {
      const id = ++next;
      pending.set(id, { resolve, reject });
      worker.postMessage({ id, input } satisfies WorkerRequest);
    });
}
