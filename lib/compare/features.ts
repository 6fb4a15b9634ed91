/**
 * Per-report and per-claim features, computed once and cached by report id so ranking hundreds of
 * candidates only pays for the comparisons, not for re-tokenising every report.
 */

import { stem } from '@/lib/text/stem';
import { contentTerms, words } from '@/lib/text/terms';
import type { Claim } from '@/lib/types';
import { type EventFeatures, eventFeatures } from './event-features';
import { quoteTexts } from './quotes';
import type { ComparableReport } from './types';
import { sublinearTf, termCounts } from './weights';

/** What claim alignment looks at for one claim. */
export interface ClaimFeatures {
  claim: Claim;
  terms: Set<string>;
  /** The same terms as globally interned ids, sorted: similarity is a merge of two int arrays. */
  termIds: Int32Array;
  actors: Set<string>;
  quoteWords: Set<string>;
  /** Content terms of the quotes (stopwords out, stemmed): what the quoted words are about. */
  quoteTerms: Set<string>;
  quotes: string[];
  units: Set<string>;
}

/** What ranking and diffing look at for one report. */
export interface ReportFeatures {
  claims: ClaimFeatures[];
  /** Term counts over title and body. */
  tf: Map<string, number>;
  /** Sublinear term weights (1 + ln tf), ready for tf-idf. */
  tfw: Map<string, number>;
  actorIds: Set<string>;
  /** Epoch ms of publication, or null: a save time says when the reader saved it, not when it happened. */
  time: number | null;
  /** Compact event features (see event-features.ts). */
  event: EventFeatures;
}

const MAX_CACHE = 5000;
const interned = new Map<string, number>();
const internedTerms: string[] = [];

/** A stable integer id for a term. */
export function internTerm(term: string): number {
  let id = interned.get(term);
  if (id === undefined) {
    id = internedTerms.length;
    interned.set(term, id);
    internedTerms.push(term);
  }
  return id;
}

/** The term behind an interned id. */
export function termOf(id: number): string {
  return internedTerms[id];
}
const cache = new Map<string, { report: ComparableReport; key: string; features: ReportFeatures }>();

/** Content terms of a claim: its own fingerprint merged with terms from its text. */
export function claimTerms(claim: Claim): Set<string> {
  const set = new Set(contentTerms(claim.text));
  for (const t of claim.fingerprint) set.add(stem(t.toLowerCase()));
  return set;
}

/** Computes the alignment features of one claim of a report. */
export function claimFeatures(report: ComparableReport, claim: Claim): ClaimFeatures {
  const quotes = quoteTexts(report.text, claim);
  const quoteWords = new Set<string>();
  for (const q of quotes) for (const w of words(q)) quoteWords.add(w);
  const terms = claimTerms(claim);
  return {
    claim,
    terms,
    termIds: Int32Array.from(terms, internTerm).sort(),
    actors: new Set(claim.actorIds),
    quoteWords,
    quoteTerms: new Set(quotes.flatMap((q) => contentTerms(q))),
    quotes,
    units: new Set(claim.figures.map((f) => f.unit)),
  };
}

/** Parses an ISO time to epoch ms, or null. */
export function timeOf(iso: string | null | undefined): number | null {
  if (!iso) return null;
  const t = Date.parse(iso);
  return Number.isNaN(t) ? null : t;
}

/** Features of a report, cached by id; the cache entry is refreshed when the report's content changes. */
export function reportFeatures(report: ComparableReport): ReportFeatures {
  // Reports are treated as immutable: the same object is answered at once, a new object for the same id
  // (toComparable builds one per call) is checked against a content signature.
  const hit = cache.get(report.id);
  if (hit && hit.report === report) return hit.features;
  // Cheap content signature: a re-analysed report under the same id must not reuse stale features.
  const key = `${report.text.length}:${report.title}:${report.publishedTime}:${report.savedAt}:${report.actors.length}|${report.claims
    .map(
      (c) =>
        `${c.id}/${c.start}/${c.end}/${c.text.length}/${c.figures.length}/${c.quotes.length}/${c.fingerprint.length}/${c.source.kind}:${c.source.name}`,
    )
    .join('|')}`;
  if (hit && hit.key === key) {
    hit.report = report;
    return hit.features;
  }
  const tf = termCounts(contentTerms(`${report.title}\n${report.text}`));
  const features: ReportFeatures = {
    claims: report.claims.map((c) => claimFeatures(report, c)),
    tf,
    tfw: sublinearTf(tf),
    actorIds: new Set(report.actors.map((a) => a.id)),
    time: timeOf(report.publishedTime),
    event: eventFeatures(report),
  };
  if (cache.size >= MAX_CACHE) {
    const oldest = cache.keys().next().value;
    if (oldest !== undefined) cache.delete(oldest);
  }
  cache.set(report.id, { report, key, features });
  return features;
}

/** Empties the feature cache (tests, or after a bulk import). */
export function clearFeatureCache(): void {
  cache.clear();
}
