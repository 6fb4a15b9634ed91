/**
 * One-pass story clustering: reports are taken in time order and each joins the most similar existing
 * story above a threshold (term cosine to the story's centroid plus weighted shared actors, decayed by the
 * time since the story's latest report), else starts a new one.
 */
import { reportFeatures } from './features';
import type { ComparableReport, Story } from './types';
import { buildDocFreq, cosine, type DocFreq, idf, sublinearTf, tfidfVector } from './weights';

/** Reports below this similarity to every story start a new one. */
export const STORY_THRESHOLD = 0.3;
const DECAY_DAYS = 30;
const DAY_MS = 86_400_000;

interface Cluster {
  ids: string[];
  tf: Map<string, number>;
  actors: Map<string, number>;
  latest: number | null;
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

function label(c: Cluster, terms: DocFreq, actors: DocFreq, names: Map<string, string>): Story {
  const topActors = [...c.actors]
    .map(([id, n]) => [id, n * idf(actors, id)] as const)
    .sort((a, b) => b[1] - a[1])
    .slice(0, 3)
    .map(([id]) => names.get(id) ?? id);
  const topTerms = [...tfidfVector(sublinearTf(c.tf), terms)]
    .filter(([t]) => !/^\d+$/.test(t))
    .sort((a, b) => b[1] - a[1])
    .slice(0, 4)
    .map(([t]) => t);
  const head = topActors.length ? topActors.join(', ') : 'Story';
  return { id: c.ids[0], label: `${head}: ${topTerms.join(', ')}`, reportIds: c.ids, topActors, topTerms };
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
  for (const r of ordered) {
    const f = feats.get(r.id)!;
    const vec = tfidfVector(f.tfw, terms);
    let best: Cluster | null = null;
    let bestScore = threshold;
    for (const c of clusters) {
      const gap = f.time === null || c.latest === null ? 0 : Math.abs(f.time - c.latest) / DAY_MS;
      const s =
        (0.65 * cosine(vec, tfidfVector(sublinearTf(c.tf), terms)) +
          0.35 * actorScore(f.actorIds, c.actors, actors)) *
        Math.exp(-gap / DECAY_DAYS);
      if (s >= bestScore) {
        bestScore = s;
        best = c;
      }
    }
    const c: Cluster = best ?? { ids: [], tf: new Map(), actors: new Map(), latest: null };
    if (!best) clusters.push(c);
    c.ids.push(r.id);
    for (const [t, n] of f.tf) c.tf.set(t, (c.tf.get(t) ?? 0) + n);
    for (const id of f.actorIds) c.actors.set(id, (c.actors.get(id) ?? 0) + 1);
    if (f.time !== null) c.latest = Math.max(c.latest ?? f.time, f.time);
  }
  return clusters.map((c) => label(c, terms, actors, names));
}
