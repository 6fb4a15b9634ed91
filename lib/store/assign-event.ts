/**
 * Event and story assignment inside the save transaction: a bounded candidate read through the actor and
 * term indexes (a few keys, a capped read each), then lib/compare's pure `assignEvent` on the candidates'
 * stored compact features. The work is the same at any collection size.
 */
import { fromReport } from '@/lib/compare/comparable';
import { eventFeatures } from '@/lib/compare/event-features';
import { assignEvent, type EventCandidate } from '@/lib/compare/events';
import { contentTerms } from '@/lib/text/terms';
import type { Report } from '@/lib/types';
import type { ParallaxDB } from './db';
import type { ReportRow } from './rows';

/** Index keys read per save and entries read per key (newest first), and candidates compared. */
export const EVENT_LOOKUP = { actors: 5, terms: 5, perKey: 60, candidates: 12 };

/** The event fields of a report, computed before the transaction (CPU only). */
export function draftEventFeatures(report: Report): NonNullable<Report['eventFeatures']> {
  return eventFeatures(fromReport(report));
}

/** Ids of stored reports sharing the most of the draft's first actors and headline terms. */
async function candidateIds(
  db: ParallaxDB,
  report: Report,
  features: Report['eventFeatures'],
): Promise<string[]> {
  const actors = (features?.actors ?? []).slice(0, EVENT_LOOKUP.actors);
  const terms = [...new Set(contentTerms(report.title))].slice(0, EVENT_LOOKUP.terms);
  const score = new Map<string, number>();
  const tally = async (index: 'actorIds' | 'terms', key: string, weight: number) => {
    const ids = await db.reports.where(index).equals(key).limit(EVENT_LOOKUP.perKey).primaryKeys();
    for (const id of ids) score.set(id, (score.get(id) ?? 0) + weight);
  };
  await Promise.all([
    ...actors.map((a) => tally('actorIds', a, 2)),
    ...terms.map((t) => tally('terms', t, 1)),
  ]);
  score.delete(report.id);
  return [...score]
    .sort((a, b) => b[1] - a[1])
    .slice(0, EVENT_LOOKUP.candidates)
    .map(([id]) => id);
}

function toCandidate(row: ReportRow | undefined): EventCandidate | null {
  if (!row?.eventId || !row.storyId || !row.eventFeatures) return null;
  return {
    id: row.id,
    title: row.title,
    features: row.eventFeatures,
    eventId: row.eventId,
    storyId: row.storyId,
  };
}

/** The draft with its event and story set, read from its bounded candidates (call inside the transaction). */
export async function withEvent(db: ParallaxDB, report: Report): Promise<Report> {
  const features = report.eventFeatures ?? draftEventFeatures(report);
  const ids = await candidateIds(db, report, features);
  const candidates = (await db.reports.bulkGet(ids)).map(toCandidate).filter((c): c is EventCandidate => !!c);
  const a = assignEvent(report.id, report.title, features, candidates);
  return {
    ...report,
    eventFeatures: features,
    eventId: a.eventId,
    storyId: a.storyId,
    eventTitle: a.eventTitle,
    storyTitle: a.storyTitle,
  };
}
