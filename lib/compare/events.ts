/**
 * Events inside stories, assigned once at save time. An event is one incident told by several outlets
 * within days; a story is the ongoing topic its events belong to. A new report joins the event of the most
 * similar candidate whose event day is close, else the story of the most similar candidate, else starts
 * both. Only the bounded candidate set given is read, so assignment costs the same at any collection size.
 */
import type { EventFeatures } from './event-features';
import { representativeTitle } from './titles';
import { buildDocFreq, type DocFreq, weightedJaccard } from './weights';

/** Similarity for the same event when the event days are at most `EVENT_DAY_GAP` apart… */
export const EVENT_SIM = 0.1;
/** …when they are up to a week apart, or either report is undated (content must carry it alone). */
export const EVENT_SIM_LOOSE = 0.24;
/** Similarity for the same story, at any distance in time. */
export const STORY_SIM = 0.1;
/** Event days at most this far apart count as close; up to a week as near. */
export const EVENT_DAY_GAP = 2;
const NEAR_DAYS = 7;
/**
 * A day past close, reports that share most of their rare actors (the same people, groups and places) still
 * tell one incident: a strike answering the attacks of the days before is filed with them.
 */
const SHARED_CAST_DAYS = EVENT_DAY_GAP + 1;
export const SHARED_CAST = 0.3;
/** Publications further apart than this are never one event (a follow-up is a development). */
export const EVENT_PUBLISH_GAP = 10;

/** An already-assigned report that may share the new one's event or story. */
export interface EventCandidate {
  id: string;
  title: string;
  features: EventFeatures;
  eventId: string;
  storyId: string;
}

/** Where a new report goes, with readable titles for its event and story. */
export interface EventAssignment {
  eventId: string;
  storyId: string;
  eventTitle: string;
  storyTitle: string;
  newEvent: boolean;
  newStory: boolean;
  /** The candidate that decided it, and its similarity; absent for a new story. */
  nearest?: { id: string; similarity: number };
}

function figureJaccard(a: readonly string[], b: readonly string[]): number {
  if (a.length === 0 || b.length === 0) return 0;
  const set = new Set(a);
  let shared = 0;
  for (const x of new Set(b)) if (set.has(x)) shared++;
  return shared / (set.size + new Set(b).size - shared);
}

/** Similarity of two reports' event features, terms and actors weighed by rarity in `terms`/`actors`. */
export function eventSimilarity(a: EventFeatures, b: EventFeatures, terms: DocFreq, actors: DocFreq): number {
  const t = weightedJaccard(new Set(a.terms), new Set(b.terms), terms);
  const hasActors = a.actors.length > 0 && b.actors.length > 0;
  const hasFigures = a.figures.length > 0 && b.figures.length > 0;
  let total = 0.5 * t;
  let weight = 0.5;
  if (hasActors) {
    total += 0.35 * weightedJaccard(new Set(a.actors), new Set(b.actors), actors);
    weight += 0.35;
  }
  if (hasFigures) {
    total += 0.15 * figureJaccard(a.figures, b.figures);
    weight += 0.15;
  }
  return total / weight;
}

/**
 * The same-event rule: close event days (or a day more, with most rare actors shared: `actorOverlap` is their
 * weighted Jaccard) need related content; days up to a week apart, or an undated side, need strongly shared content; publications far apart are different events whatever they share.
 */
export function isSameEvent(
  similarity: number,
  a: EventFeatures,
  b: EventFeatures,
  actorOverlap = 0,
): boolean {
  if (a.day === null || b.day === null) return similarity >= EVENT_SIM_LOOSE;
  const pub = a.published !== null && b.published !== null ? Math.abs(a.published - b.published) : 0;
  const gap = Math.abs(a.day - b.day);
  if (pub > EVENT_PUBLISH_GAP || gap > NEAR_DAYS) return false;
  const close = gap <= EVENT_DAY_GAP || (gap <= SHARED_CAST_DAYS && actorOverlap >= SHARED_CAST);
  return similarity >= (close ? EVENT_SIM : EVENT_SIM_LOOSE);
}

/** Picks the event and story of a new report among bounded candidates (pure: ids come from `id`). */
export function assignEvent(
  id: string,
  title: string,
  features: EventFeatures,
  candidates: readonly EventCandidate[],
): EventAssignment {
  const others = candidates.filter((c) => c.id !== id);
  const terms = buildDocFreq([features.terms, ...others.map((c) => c.features.terms)]);
  const actors = buildDocFreq([features.actors, ...others.map((c) => c.features.actors)]);
  let event: { c: EventCandidate; s: number } | null = null;
  let story: { c: EventCandidate; s: number } | null = null;
  for (const c of others) {
    const s = eventSimilarity(features, c.features, terms, actors);
    const cast = weightedJaccard(new Set(features.actors), new Set(c.features.actors), actors);
    if (isSameEvent(s, features, c.features, cast) && (!event || s > event.s)) event = { c, s };
    if (s >= STORY_SIM && (!story || s > story.s)) story = { c, s };
  }
  const own = { title, time: features.day };
  const titleOf = (pick: (c: EventCandidate) => boolean) =>
    representativeTitle([own, ...others.filter(pick).map((c) => ({ title: c.title, time: c.features.day }))]);
  if (event) {
    const { eventId, storyId } = event.c;
    return {
      eventId,
      storyId,
      eventTitle: titleOf((c) => c.eventId === eventId),
      storyTitle: titleOf((c) => c.storyId === storyId),
      newEvent: false,
      newStory: false,
      nearest: { id: event.c.id, similarity: Math.round(event.s * 1000) / 1000 },
    };
  }
  const eventId = `event:${id}`;
  if (story) {
    const { storyId } = story.c;
    return {
      eventId,
      storyId,
      eventTitle: title.trim() || 'Untitled',
      storyTitle: titleOf((c) => c.storyId === storyId),
      newEvent: true,
      newStory: false,
      nearest: { id: story.c.id, similarity: Math.round(story.s * 1000) / 1000 },
    };
  }
  const t = title.trim() || 'Untitled';
  return { eventId, storyId: `story:${id}`, eventTitle: t, storyTitle: t, newEvent: true, newStory: true };
}
