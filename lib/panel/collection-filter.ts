/** Filtering and sorting of the collection list; pure so the panel and tests share it. */
import type { ReportSummary } from './view-types';

/** What the user typed or picked in the collection browser. */
export interface CollectionQuery {
  text: string;
  actor: string;
  outlet: string;
  topic: string;
  /** YYYY-MM-DD, inclusive; empty for open. */
  from: string;
  to: string;
  sort: CollectionSort;
}

/** Sort orders offered in the collection browser. */
export type CollectionSort = 'saved-desc' | 'published-desc' | 'published-asc' | 'outlet' | 'title';

/** A query that matches everything, newest saves first. */
export const emptyQuery: CollectionQuery = {
  text: '',
  actor: '',
  outlet: '',
  topic: '',
  from: '',
  to: '',
  sort: 'saved-desc',
};

function fold(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
}

function day(iso: string | null): string {
  return iso ? iso.slice(0, 10) : '';
}

/** True when the report matches every non-empty field of the query. */
export function matchesQuery(r: ReportSummary, q: CollectionQuery): boolean {
  const words = fold(q.text).split(/\s+/).filter(Boolean);
  const hay = fold(`${r.title} ${r.outlet} ${r.byline ?? ''} ${r.actorNames.join(' ')} ${r.notes ?? ''}`);
  if (!words.every((w) => hay.includes(w))) return false;
  if (q.actor && !r.actorIds.includes(q.actor)) return false;
  if (q.outlet && r.outlet !== q.outlet) return false;
  if (q.topic && !r.topicIds.includes(q.topic)) return false;
  const d = day(r.publishedTime ?? r.savedAt);
  if (q.from && (!d || d < q.from)) return false;
  if (q.to && (!d || d > q.to)) return false;
  return true;
}

const cmp: Record<CollectionSort, (a: ReportSummary, b: ReportSummary) => number> = {
  'saved-desc': (a, b) => b.savedAt.localeCompare(a.savedAt),
  'published-desc': (a, b) => (b.publishedTime ?? '').localeCompare(a.publishedTime ?? ''),
  'published-asc': (a, b) => (a.publishedTime ?? '\uffff').localeCompare(b.publishedTime ?? '\uffff'),
  outlet: (a, b) => a.outlet.localeCompare(b.outlet) || b.savedAt.localeCompare(a.savedAt),
  title: (a, b) => a.title.localeCompare(b.title),
};

/** The reports matching the query, in the query's order. */
export function filterReports(reports: ReportSummary[], q: CollectionQuery): ReportSummary[] {
  return reports.filter((r) => matchesQuery(r, q)).sort(cmp[q.sort]);
}

/** Distinct values for the filter pickers: outlets, topics and actors (id → name), sorted by name. */
export function facetsOf(reports: ReportSummary[]): {
  outlets: string[];
  topics: string[];
  actors: { id: string; name: string }[];
} {
  const outlets = new Set<string>();
  const topics = new Set<string>();
  const actors = new Map<string, string>();
  for (const r of reports) {
    outlets.add(r.outlet);
    for (const t of r.topicIds) topics.add(t);
    r.actorIds.forEach((id, i) => {
      actors.set(id, r.actorNames[i] ?? id);
    });
  }
  return {
    outlets: [...outlets].sort(),
    topics: [...topics].sort(),
    actors: [...actors].map(([id, name]) => ({ id, name })).sort((a, b) => a.name.localeCompare(b.name)),
  };
}
