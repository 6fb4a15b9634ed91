/**
 * The day an event happened, as a report tells it. News writing states the event's day in the lede ("on
 * Sunday", "Jan. 28") and recaps earlier events further down, so the first resolved date in the opening
 * lines (not after publication) is the event's day. A lede that names no day leaves the earliest day the
 * text names in the week before publication (a follow-up recounts the incident it follows), else the
 * publication day. Undated reports have no event day: they are never placed "today".
 */
import type { Claim } from '@/lib/types';

/** How far into the text the lede is read, in characters. */
export const LEDE_CHARS = 600;
const DAY_MS = 86_400_000;
const RECENT_DAYS = 7;

/** Epoch day (days since 1970-01-01 UTC) of an ISO date or date-time, or null. */
export function epochDay(iso: string | null | undefined): number | null {
  if (!iso) return null;
  const t = Date.parse(iso);
  return Number.isNaN(t) ? null : Math.floor(t / DAY_MS);
}

/** The event's epoch day: the first resolved date in the lede not after publication, else the publication day. */
export function eventDay(
  publishedTime: string | null | undefined,
  claims: readonly Pick<Claim, 'figures'>[],
): number | null {
  const published = epochDay(publishedTime);
  let first: { start: number; day: number } | null = null;
  let earliest: number | null = null;
  for (const c of claims) {
    for (const f of c.figures) {
      const day = f.date ? epochDay(f.date) : null;
      if (day === null || (published !== null && day > published)) continue;
      if (f.start < LEDE_CHARS && (!first || f.start < first.start)) first = { start: f.start, day };
      if (published !== null && published - day <= RECENT_DAYS) earliest = Math.min(earliest ?? day, day);
    }
  }
  return first?.day ?? earliest ?? published;
}
