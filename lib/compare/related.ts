/**
 * Related reports: ranks candidates (already pre-filtered by the store's index) against the current
 * report by shared actors (rare actors weigh more than "United States"), aligned claims, tf-idf cosine of
 * their texts and closeness in time, each with a one-line reason.
 */
import { alignClaims } from './align';
import { eventSimilarity, isSameEvent } from './events';
import { reportFeatures } from './features';
import type { ActorRef, ComparableReport, Related } from './types';
import {
  buildDocFreq,
  cosine,
  type DocFreq,
  idf,
  type SparseVector,
  tfidfVector,
  weightedJaccard,
} from './weights';

/** Candidates scoring below this are unrelated and dropped. */
export const RELATED_THRESHOLD = 0.12;

// With a collection-wide frequency table (stable between calls), each report's vector is built once.
const vectorCache = new WeakMap<DocFreq, Map<string, { tfw: Map<string, number>; vec: SparseVector }>>();

function vectorOf(id: string, tfw: Map<string, number>, freq: DocFreq, stable: boolean): SparseVector {
  if (!stable) return tfidfVector(tfw, freq);
  let byId = vectorCache.get(freq);
  if (!byId) {
    byId = new Map();
    vectorCache.set(freq, byId);
  }
  const hit = byId.get(id);
  if (hit && hit.tfw === tfw) return hit.vec;
  if (byId.size >= 20_000) byId.clear();
  const vec = tfidfVector(tfw, freq);
  byId.set(id, { tfw, vec });
  return vec;
}

/** Reports this many days apart keep about 37% of their time factor. */
const DECAY_DAYS = 45;
const DAY_MS = 86_400_000;

/** Options for ranking. */
export interface RankOptions {
  /**
   * The reference time when the current report has no date. Without it an undated report has no time
   * distance to anything: it is never taken to be from today.
   */
  now?: Date;
  threshold?: number;
  /**
   * Document frequencies of text terms over the whole collection, when the store keeps them. Supplying the
   * same table across calls lets each report's vector and claim weights be computed once.
   */
  termDocFreq?: DocFreq;
  /** Document frequencies of actor ids over the whole collection, when the store keeps them. */
  actorDocFreq?: DocFreq;
}

function actorOverlap(a: Set<string>, b: Set<string>, freq: DocFreq): { score: number; shared: string[] } {
  let shared = 0;
  let sumA = 0;
  let sumB = 0;
  const ids: string[] = [];
  for (const id of a) {
    const w = idf(freq, id);
    sumA += w;
    if (b.has(id)) {
      shared += w;
      ids.push(id);
    }
  }
  for (const id of b) sumB += idf(freq, id);
  const score = sumA + sumB === 0 ? 0 : (2 * shared) / (sumA + sumB);
  ids.sort((x, y) => idf(freq, y) - idf(freq, x));
  return { score, shared: ids };
}

function describeTime(days: number | null): string | null {
  if (days === null) return null;
  const n = Math.round(Math.abs(days));
  if (n === 0) return 'same day';
  const unit = n === 1 ? 'day' : 'days';
  return days > 0 ? `${n} ${unit} earlier` : `${n} ${unit} later`;
}

function plural(n: number, word: string): string {
  return `${n} shared ${word}${n === 1 ? '' : 's'}`;
}

/** Ranks candidate reports by relatedness to `current`, best first, dropping those below the threshold. */
export function rankRelated(
  current: ComparableReport,
  candidates: ComparableReport[],
  options: RankOptions = {},
): Related[] {
  const others = candidates.filter((c) => c.id !== current.id);
  const all = [current, ...others];
  const feats = all.map(reportFeatures);
  const termFreq = options.termDocFreq ?? buildDocFreq(feats.map((f) => f.tf.keys()));
  const actorFreq = options.actorDocFreq ?? buildDocFreq(feats.map((f) => f.actorIds));
  const cur = feats[0];
  const stable = options.termDocFreq !== undefined;
  const curVec = vectorOf(current.id, cur.tfw, termFreq, stable);
  const curTime = cur.time ?? options.now?.getTime() ?? null;
  // Event features are weighed by rarity among the reports at hand, as at save time among the candidates.
  const eventTerms = buildDocFreq(feats.map((f) => f.event.terms));
  const eventActors = buildDocFreq(feats.map((f) => f.event.actors));
  const curEvent = cur.event;
  const names = new Map(all.flatMap((r) => r.actors.map((a) => [a.id, a.name] as const)));
  const out: Related[] = [];
  others.forEach((report, k) => {
    const f = feats[k + 1];
    const termSimilarity = cosine(curVec, vectorOf(report.id, f.tfw, termFreq, stable));
    const actors = actorOverlap(cur.actorIds, f.actorIds, actorFreq);
    const alignment =
      termSimilarity < 0.08 && actors.score < 0.1
        ? { pairs: [], onlyHere: current.claims, onlyThere: report.claims }
        : // Report-level term frequencies stand in for claim-level ones: rare in the texts is rare in the claims.
          alignClaims(current, report, { docFreq: termFreq });
    const fewest = Math.min(current.claims.length, report.claims.length);
    const claimScore = fewest === 0 ? 0 : Math.min(1, alignment.pairs.length / fewest);
    const daysApart = f.time === null || curTime === null ? null : (curTime - f.time) / DAY_MS;
    const decay = daysApart === null ? 0.5 : Math.exp(-Math.abs(daysApart) / DECAY_DAYS);
    const content = 0.3 * actors.score + 0.3 * claimScore + 0.4 * termSimilarity;
    const score = Math.min(1, content * (0.6 + 0.4 * decay));
    const event =
      current.eventId && report.eventId
        ? current.eventId === report.eventId
        : isSameEvent(
            eventSimilarity(curEvent, f.event, eventTerms, eventActors),
            curEvent,
            f.event,
            weightedJaccard(new Set(curEvent.actors), new Set(f.event.actors), eventActors),
          );
    if (score < (options.threshold ?? RELATED_THRESHOLD)) return;
    const sharedActors: ActorRef[] = actors.shared.map((id) => ({ id, name: names.get(id) ?? id }));
    const reasons = event ? ['same event'] : [];
    reasons.push(plural(alignment.pairs.length, 'claim'), plural(sharedActors.length, 'actor'));
    if (sharedActors.length > 0)
      reasons[reasons.length - 1] += ` (${sharedActors
        .slice(0, 2)
        .map((a) => a.name)
        .join(', ')})`;
    reasons.push(`wording ${Math.round(termSimilarity * 100)}% similar`);
    const when = describeTime(daysApart);
    if (when) reasons.push(when);
    out.push({
      report,
      score: Math.round(score * 1000) / 1000,
      event,
      why: reasons.join(', '),
      sharedActors,
      sharedClaims: alignment.pairs.length,
      termSimilarity: Math.round(termSimilarity * 1000) / 1000,
      daysApart: daysApart === null ? null : Math.round(daysApart * 10) / 10,
      alignment,
    });
  });
  return out.sort((a, b) => b.score - a.score || a.report.id.localeCompare(b.report.id));
}
