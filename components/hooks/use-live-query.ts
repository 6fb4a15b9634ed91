import { liveQuery } from 'dexie';
import { useEffect, useState } from 'preact/hooks';

/** Subscribes to a Dexie liveQuery; undefined while loading, the error message when it fails. */
export function useLiveQuery<T>(
  query: () => Promise<T>,
  deps: unknown[],
): { value: T | undefined; error: string | null } {
  const [value, setValue] = useState<T | undefined>(undefined);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    const sub = liveQuery(query).subscribe({
      next: (v) => {
        setValue(v);
        setError(null);
      },
      error: (e: unknown) => setError(e instanceof Error ? e.message : String(e)),
    });
    return () => sub.unsubscribe();
  }, deps);
  return { value, error };
}
