import { useEffect, useState } from 'preact/hooks';
import type { DeriveFn, DeriveOutput } from '@/lib/panel/view-types';
import type { PageState, Report } from '@/lib/types';

/** Derived views for the current inputs; undefined while computing, the latest result wins. */
export function useDerived(
  derive: DeriveFn,
  state: PageState | null | undefined,
  reports: Report[] | undefined,
  currentId: string | undefined,
): { output: DeriveOutput | undefined; error: string | null } {
  const [output, setOutput] = useState<DeriveOutput | undefined>(undefined);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    if (!reports || state === undefined) return;
    let live = true;
    setOutput(undefined);
    derive({ state, reports, currentId }).then(
      (o) => {
        if (live) {
          setOutput(o);
          setError(null);
        }
      },
      (e: unknown) => live && setError(`Comparison failed: ${e instanceof Error ? e.message : String(e)}`),
    );
    return () => {
      live = false;
    };
  }, [derive, state, reports, currentId]);
  return { output, error };
}
