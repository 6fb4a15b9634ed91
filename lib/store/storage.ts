/** Storage use, and turning storage errors into clear `Failure` values. */
import type { Failure } from '@/lib/types';
import type { ParallaxDB } from './db';

/** The message shown when the browser's storage quota is exhausted. */
export const QUOTA_MESSAGE =
  "Your browser's storage for Parallax is full: nothing was saved and nothing stored was changed. Delete old reports or export your collection.";

/** True for a QuotaExceededError, also when Dexie wraps it (`err.inner`, possibly nested). */
export function isQuotaError(err: unknown): boolean {
  let e: unknown = err;
  for (let depth = 0; depth < 5 && e && typeof e === 'object'; depth++) {
    const { name, inner } = e as { name?: unknown; inner?: unknown };
    if (name === 'QuotaExceededError') return true;
    e = inner;
  }
  return false;
}

/** Any storage error as a Failure with a message a reader can act on. */
export function toStoreFailure(err: unknown, action = 'Saving'): Failure {
  if (isQuotaError(err)) return { ok: false, error: QUOTA_MESSAGE };
  const detail = err instanceof Error ? err.message : String(err);
  return { ok: false, error: `${action} failed and nothing was changed: ${detail}` };
}

/** Something that estimates storage like `navigator.storage.estimate`. */
export type StorageEstimator = () => Promise<{ usage?: number; quota?: number }>;

/** Bytes used and available, plus rows per table. */
export interface StorageUse {
  usageBytes: number | null;
  quotaBytes: number | null;
  counts: {
    reports: number;
    copies: number;
    versions: number;
    topics: number;
    settings: number;
    trash: number;
  };
}

function defaultEstimator(): StorageEstimator | null {
  const storage = (globalThis as { navigator?: { storage?: { estimate?: StorageEstimator } } }).navigator
    ?.storage;
  return storage?.estimate ? () => storage.estimate!() : null;
}

/** How much storage Parallax uses; the estimator defaults to navigator.storage.estimate when present. */
export async function storageUsed(db: ParallaxDB, estimator = defaultEstimator()): Promise<StorageUse> {
  const estimate = estimator ? await estimator().catch(() => null) : null;
  const [reports, copies, versions, topics, settings, trash] = await Promise.all([
    db.reports.count(),
    db.reports.where('sameTextAs').above('').count(),
    db.versions.count(),
    db.topics.count(),
    db.settings.count(),
    db.trash.count(),
  ]);
  return {
    usageBytes: estimate?.usage ?? null,
    quotaBytes: estimate?.quota ?? null,
    counts: { reports, copies, versions, topics, settings, trash },
  };
}
