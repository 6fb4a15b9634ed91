/**
 * One-pass story clustering: reports are taken in time order and each joins the most similar existing
 * story above a threshold (term cosine to the story's centroid plus weighted shared actors, decayed by the
 * time since the story's latest report), else starts a new one. Each story is labelled by its
 * representative headline. Only stories sharing one of a report's
 * top terms or rarer actors are scored (at most 25, those sharing most), through an inverted index, so
 * large collections cluster in near-linear time.
 */

import { stem } from '@/lib/text/stem';
import { words } from '@/lib/text/terms';
import { reportFeatures } from './features';
import { representativeTitle, type TitledMember } from './titles';
import type { ComparableReport, Story } from './types';
import {
  buildDocFreq,
  cosine,
  type DocFreq,
  idf,
  type SparseVector,
  sublinearTf,
  tfidfVector,
} from './weights';

/** Reports below this similarity to every story start a new one. */
export const STORY_THRESHOLD = 0.3;
const DECAY_DAYS = 30;
const DAY_MS = 86_400_000;
/** Terms of a centroid (and of a report) that the candidate index holds. */
const INDEX_TERMS = 40;
/** Stories scored exactly per report, the ones sharing most index keys with it. */
const MAX_CANDIDATES = 25;

interface Cluster {
  ids: string[];
  tf: Map<string, number>;
  actors: Map<string, number>;
  latest: number | null;
  vec: SparseVector;
  keys: string[];
}

function actorScore(report: Set<string>, cluster: Map<string, number>, freq: DocFreq): number {
  let shared = 0;
  let total = 0;
  for (const id of report) {
    const w = idf(freq, id);
    total += w;
    if (cluster.has(id)) shared += w;
  }
  return total === 0 ? 0 : shared / total;
}

function topTermsOf(vec: SparseVector, n: number): string[] {
  return [...vec]
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([t]) => t);
}

/** Terms are stems ("possib"): show the first word of the story's first report that has that stem. */
function surfaceForms(stems: string[], text: string): string[] {
  const wanted = new Map(stems.map((t) => [t, t] as [string, string]));
  const found = new Set<string>();
  for (const w of words(text)) {
    const t = stem(w);
    if (wanted.has(t) && !found.has(t)) {
      wanted.set(t, w);
      found.add(t);
      if (found.size === stems.length) break;
    }
  }
  return stems.map((t) => wanted.get(t) ?? t);
}

function label(
  c: Cluster,
  actors: DocFreq,
  names: Map<string, string>,
  text: string,
  headlines: TitledMember[],
): Story {
  const topActors = [...c.actors]
    .map(([id, n]) => [id, n * idf(actors, id)] as const)
    .sort((a, b) => b[1] - a[1])
    .slice(0, 3)
    .map(([id]) => names.get(id) ?? id);
  const topTerms = surfaceForms(
    topTermsOf(c.vec, 12)
      .filter((t) => !/^\d+$/.test(t))
      .slice(0, 4),
    text,
  );
  // The label is a member's headline, the one sharing most with the others: readable, and fit for a title.
  return { id: c.ids[0], label: representativeTitle(headlines), reportIds: c.ids, topActors, topTerms };
}

/** Clusters reports into stories, each labelled by its top actors and terms. */
export function clusterStories(reports: ComparableReport[], threshold = STORY_THRESHOLD): Story[] {
  const feats = new Map(reports.map((r) => [r.id, reportFeatures(r)] as const));
  const terms = buildDocFreq([...feats.values()].map((f) => f.tf.keys()));
  const actors = buildDocFreq([...feats.values()].map((f) => f.actorIds));
  const names = new Map(reports.flatMap((r) => r.actors.map((a) => [a.id, a.name] as const)));
  const ordered = [...reports].sort(
    (a, b) =>
      (feats.get(a.id)!.time ?? Infinity) - (feats.get(b.id)!.time ?? Infinity) || a.id.localeCompare(b.id),
  );
  const clusters: Cluster[] = [];
  const index = new Map<string, Set<Cluster>>();
  const keysOf = (vec: SparseVector, actorIds: Iterable<string>) => [
    ...topTermsOf(vec, INDEX_TERMS),
    // Actors held by most reports ("United States") would make every story a candidate.
    ...[...actorIds].filter((id) => (actors.df.get(id) ?? 0) <= actors.n / 2).map((id) => `@${id}`),
  ];
  for (const r of ordered) {
    const f = feats.get(r.id)!;
    const vec = tfidfVector(f.tfw, terms);
    // Stories sharing the most index keys with the report are scored exactly; the rest cannot be close.
    const hits = new Map<Cluster, number>();
    for (const k of keysOf(vec, f.actorIds))
      for (const c of index.get(k) ?? []) hits.set(c, (hits.get(c) ?? 0) + 1);
    const candidates = [...hits]
      .sort((a, b) => b[1] - a[1])
      .slice(0, MAX_CANDIDATES)
      .map(([c]) => c);
    let best: Cluster | null = null;
    let bestScore = threshold;
    for (const c of candidates) {
      const gap = f.time === null || c.latest === null ? 0 : Math.abs(f.time - c.latest) / DAY_MS;
      const decay = Math.exp(-gap / DECAY_DAYS);
      if (decay < bestScore) continue;
      const s = (0.65 * cosine(vec, c.vec) + 0.35 * actorScore(f.actorIds, c.actors, actors)) * decay;
      if (s >= bestScore) {
        bestScore = s;
        best = c;
      }
    }
    const c: Cluster = best ?? {
      ids: [],
      tf: new Map(),
      actors: new Map(),
      latest: null,
      vec: new Map(),
      keys: [],
    };
    if (!best) clusters.push(c);
    c.ids.push(r.id);
    for (const [t, n] of f.tf) c.tf.set(t, (c.tf.get(t) ?? 0) + n);
    for (const id of f.actorIds) c.actors.set(id, (c.actors.get(id) ?? 0) + 1);
    if (f.time !== null) c.latest = Math.max(c.latest ?? f.time, f.time);
    for (const k of c.keys) index.get(k)?.delete(c);
    c.vec = tfidfVector(sublinearTf(c.tf), terms);
    c.keys = keysOf(c.vec, c.actors.keys());
    for (const k of c.keys) {
      const set = index.get(k);
      if (set) set.add(c);
      else index.set(k, new Set([c]));
    }
  }
  const texts = new Map(reports.map((r) => [r.id, `${r.title}\n${r.text}`] as const));
  const byId = new Map(reports.map((r) => [r.id, r] as const));
  const headlines = (c: Cluster) =>
    c.ids.map((id) => ({ title: byId.get(id)?.title ?? '', time: feats.get(id)?.time ?? null }));
  return clusters.map((c) => label(c, actors, names, texts.get(c.ids[0]) ?? '', headlines(c)));
}
