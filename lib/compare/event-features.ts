/**
 * Compact features of a report for event and story assignment at save time: a few dozen strings and two
 * numbers, small enough to store on every report row and to read for a bounded set of candidates.
 */

import { contentTerms } from '@/lib/text/terms';
import { epochDay, eventDay } from './event-day';
import type { ComparableReport } from './types';

/** What assignment compares, per report. */
export interface EventFeatures {
  /** Actor ids, most mentioned first. */
  actors: string[];
  /** Content terms (stemmed): headline terms first, then the body's most frequent. */
  terms: string[];
  /** Counted figures as "unit:value" (dates and unit-less numbers left out). */
  figures: string[];
  /** Epoch day of the event the report tells, or null when undated. */
  day: number | null;
  /** Epoch day of publication, or null. */
  published: number | null;
}

/** Caps on the stored features. */
export const FEATURE_CAPS = { actors: 12, terms: 32, figures: 10 };

/** Computes a report's compact event features. */
export function eventFeatures(report: ComparableReport): EventFeatures {
  const actors = [...report.actors]
    .filter((a) => !a.adjectival)
    .sort((a, b) => b.mentions.length - a.mentions.length || a.id.localeCompare(b.id))
    .slice(0, FEATURE_CAPS.actors)
    .map((a) => a.id);
  const counts = new Map<string, number>();
  for (const t of contentTerms(report.text)) if (!/^\d+$/.test(t)) counts.set(t, (counts.get(t) ?? 0) + 1);
  const terms = new Set(contentTerms(report.title).filter((t) => !/^\d+$/.test(t)));
  for (const [t] of [...counts].sort((a, b) => b[1] - a[1])) {
    if (terms.size >= FEATURE_CAPS.terms) break;
    terms.add(t);
  }
  const figures = new Set<string>();
  for (const c of report.claims)
    for (const f of c.figures)
      if (f.unit && f.unit !== 'date' && f.unit !== 'year' && !f.date && f.value !== null)
        figures.add(`${f.unit}:${f.value}`);
  return {
    actors,
    terms: [...terms].slice(0, FEATURE_CAPS.terms),
    figures: [...figures].slice(0, FEATURE_CAPS.figures),
    day: eventDay(report.publishedTime, report.claims),
    published: epochDay(report.publishedTime),
  };
}
