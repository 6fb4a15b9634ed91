/**
 * Reading the collection: single reports (copies hydrated from their original), filtered search over the
 * term, actor, topic and outlet indexes, and fast candidate lookup for the comparison engine.
 */
import { contentTerms } from '@/lib/text/terms';
import type { Report } from '@/lib/types';
import { fromRow } from './compact';
import type { ParallaxDB } from './db';
import { reportKeysMatching } from './index-keys';
import type { ReportRow } from './rows';

/** Loads reports by id, in order, hydrating syndicated copies from their originals; missing ids are skipped. */
export async function getReports(db: ParallaxDB, ids: string[]): Promise<Report[]> {
  const rows = (await db.reports.bulkGet(ids)).filter((r): r is ReportRow => !!r);
  const needed = [...new Set(rows.map((r) => r.sameTextAs).filter((x): x is string => !!x))];
  const originals = new Map<string, ReportRow>();
  for (const o of await db.reports.bulkGet(needed)) if (o) originals.set(o.id, o);
  return rows.map((r) => fromRow(r, r.sameTextAs ? originals.get(r.sameTextAs) : undefined));
}

/** One report by id, or undefined. */
export async function getReport(db: ParallaxDB, id: string): Promise<Report | undefined> {
  return (await getReports(db, [id]))[0];
}

/** Search criteria; every given criterion must hold. */
export interface SearchQuery {
  text?: string;
  actorId?: string;
  outlet?: string;
  /** ISO date or date-time; compared with publishedTime (savedAt when unknown). */
  from?: string;
  to?: string;
  topicId?: string;
  sort?: 'published' | 'saved' | 'title' | 'relevance';
  limit?: number;
}

function intersect(a: Set<string> | null, b: Iterable<string>): Set<string> {
  if (a === null) return new Set(b);
  const out = new Set<string>();
  for (const x of b) if (a.has(x)) out.add(x);
  return out;
}

async function withCopies(db: ParallaxDB, ids: Set<string>): Promise<Set<string>> {
  const copies = await reportKeysMatching(db, 'sameTextAs', [...ids]);
  return new Set([...ids, ...copies.keys()]);
}

/** Searches the collection; text terms are matched in the term index (all must match). */
export async function searchReports(db: ParallaxDB, q: SearchQuery): Promise<Report[]> {
  let ids: Set<string> | null = null;
  const terms = [...new Set(contentTerms(q.text ?? ''))];
  for (const t of terms) ids = intersect(ids, await db.reports.where('terms').equals(t).primaryKeys());
  if (q.actorId) ids = intersect(ids, await db.reports.where('actorIds').equals(q.actorId).primaryKeys());
  if (q.topicId) ids = intersect(ids, await db.reports.where('topicIds').equals(q.topicId).primaryKeys());
  // Copies index nothing themselves: they match when their original does.
  if (ids !== null) ids = await withCopies(db, ids);
  if (q.outlet) ids = intersect(ids, await db.reports.where('outlet').equals(q.outlet).primaryKeys());
  const keys = ids === null ? await db.reports.toCollection().primaryKeys() : [...ids];
  const when = (r: Report) => r.publishedTime ?? r.savedAt;
  const reports = (await getReports(db, keys)).filter(
    (r) => (!q.from || when(r) >= q.from) && (!q.to || when(r).slice(0, q.to.length) <= q.to),
  );
  const titleHits = (r: Report) => {
    const title = new Set(contentTerms(r.title));
    return terms.filter((t) => title.has(t)).length;
  };
  const sort = q.sort ?? (terms.length ? 'relevance' : 'published');
  const byDate = (a: Report, b: Report) => when(b).localeCompare(when(a));
  const compare: Record<NonNullable<SearchQuery['sort']>, (a: Report, b: Report) => number> = {
    published: byDate,
    saved: (a, b) => b.savedAt.localeCompare(a.savedAt),
    title: (a, b) => a.title.localeCompare(b.title),
    relevance: (a, b) => titleHits(b) - titleHits(a) || byDate(a, b),
  };
  return reports.sort(compare[sort]).slice(0, q.limit ?? reports.length);
}

/** What identifies one article for candidate lookup. */
export interface CandidateQuery {
  actorIds: string[];
  /** Terms as the index holds them: `contentTerms` of a text, or claim fingerprints (made the same way). */
  terms: string[];
  publishedTime: string | null;
  /** Report id to leave out (the article itself when it is saved). */
  excludeId?: string;
}

/** Keys looked up per candidate query, and index entries read per key (most recent first). */
export const CANDIDATE_LIMITS = { actors: 16, terms: 24, perKey: 1500 };

/**
 * Related reports for one article: counts how many of its actors (weighted 2) and terms each stored
 * report shares through the multiEntry indexes, then loads the top `limit`. Copies are not candidates.
 */
export async function candidatesFor(db: ParallaxDB, q: CandidateQuery, limit = 200): Promise<Report[]> {
  const score = new Map<string, number>();
  const tally = async (index: 'actorIds' | 'terms', key: string, weight: number) => {
    // Ids sort newest first, so a capped forward read (one getAllKeys) prefers recent reports for common keys.
    const ids = await db.reports.where(index).equals(key).limit(CANDIDATE_LIMITS.perKey).primaryKeys();
    for (const id of ids) score.set(id, (score.get(id) ?? 0) + weight);
  };
  const actors = [...new Set(q.actorIds)].slice(0, CANDIDATE_LIMITS.actors);
  // Terms arrive as the index holds them (`contentTerms`, claim fingerprints); figure tokens ("#24") are
  // not indexed, so they would only take a look-up slot.
  const terms = [...new Set(q.terms.filter((t) => t && !t.startsWith('#')))].slice(0, CANDIDATE_LIMITS.terms);
  await Promise.all([
    ...actors.map((a) => tally('actorIds', a, 2)),
    ...terms.map((t) => tally('terms', t, 1)),
  ]);
  if (q.excludeId) score.delete(q.excludeId);
  const ranked = [...score.entries()].sort((a, b) => b[1] - a[1]).slice(0, limit);
  const reports = await getReports(
    db,
    ranked.map(([id]) => id),
  );
  const target = q.publishedTime ? Date.parse(q.publishedTime) : Number.NaN;
  const distance = (r: Report) =>
    Number.isNaN(target) || !r.publishedTime
      ? Number.POSITIVE_INFINITY
      : Math.abs(Date.parse(r.publishedTime) - target);
  const order = new Map(ranked);
  // Equal overlap: the report published closest in time comes first.
  const closer = (a: Report, b: Report) => {
    const d = distance(a) - distance(b);
    return Number.isNaN(d) ? 0 : d;
  };
  return reports.sort((a, b) => (order.get(b.id) ?? 0) - (order.get(a.id) ?? 0) || closer(a, b));
}
