import type { Report, ReportNotes } from '@/lib/types';
import type { ReportSummary } from './view-types';

/** The list-view summary of a stored report (drops body text and offsets). */
export function toSummary(r: Report, notes?: ReportNotes): ReportSummary {
  const noted = notes
    ? [notes.report, ...Object.values(notes.claims).map((c) => c.note)].filter(Boolean)
    : [];
  return {
    notes: noted.length ? noted.join('\n') : undefined,
    id: r.id,
    title: r.title,
    outlet: r.outlet,
    canonicalUrl: r.canonicalUrl,
    publishedTime: r.publishedTime,
    savedAt: r.savedAt,
    byline: r.byline,
    versionCount: r.versionCount,
    sameTextAs: r.sameTextAs,
    topicIds: r.topics.filter((t) => t.match).map((t) => t.id),
    actorIds: r.actors.map((a) => a.id),
    actorNames: r.actors.map((a) => a.name),
    claimCount: r.claims.length,
  };
}
