import { useEffect, useState } from 'preact/hooks';
import type { PanelSnapshot, PanelSource } from '@/lib/panel/source';

/** Subscribes a component to a panel source and re-renders on every change. */
export function usePanelSnapshot(source: PanelSource): PanelSnapshot {
  const [snap, setSnap] = useState(source.get());
  useEffect(() => {
    setSnap(source.get());
    return source.subscribe(() => setSnap(source.get()));
  }, [source]);
  return snap;
}
