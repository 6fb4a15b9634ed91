/**
 * Test helper: mention-level actor scoring against BASIL gold (surface, canonical name, type, offsets).
 * Lenient: a found mention overlaps a gold one and names the same actor; strict: the same span exactly. "The
 * same actor" means the same canonical id, or, within one article, the found actor that shares most mentions
 * with the gold actor (one to one): an article's "Chris Stevens" is its "Christopher Stevens". Type
 * accuracy is over gold mentions that some found mention overlaps. Mentions inside compounds ("Iran-backed")
 * and nationality adjectives are not the actor's mentions: gold leaves them out, and found ones marked as
 * compounds are not counted.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { type CompiledLexicon, canonicalId } from '../../../lib/analyze/actors/compiled-lexicon';
import type { Actor, ActorType } from '../../../lib/types';
import { sameActor } from '../actors/actor-score';

/** One gold mention. */
export interface GoldMention {
  surface: string;
  name: string;
  type: ActorType;
  start: number;
  end: number;
}

/** One article's gold: `article` is `<year>/<file name without .json>`. */
export interface MentionGold {
  article: string;
  actors: GoldMention[];
}

/** Where the BASIL actor gold lives. */
export const basilGoldDir = resolve(import.meta.dirname, '../../fixtures/gold/basil');

/** Every BASIL gold file. */
export function loadMentionGold(): MentionGold[] {
  return readdirSync(basilGoldDir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => JSON.parse(readFileSync(join(basilGoldDir, f), 'utf8')) as MentionGold);
}

/** Summed counts of a mention-level comparison. */
export interface MentionTally {
  found: number;
  gold: number;
  lenient: number;
  strict: number;
  typed: number;
  typeRight: number;
  misses: string[];
  spurious: string[];
}

/** An empty tally. */
export function emptyMentionTally(): MentionTally {
  return { found: 0, gold: 0, lenient: 0, strict: 0, typed: 0, typeRight: 0, misses: [], spurious: [] };
}

interface Found {
  start: number;
  end: number;
  text: string;
  actor: Actor;
}

/** Add one article's comparison to `t`. */
export function scoreMentions(
  t: MentionTally,
  label: string,
  actors: Actor[],
  gold: GoldMention[],
  lexicon: CompiledLexicon,
): void {
  const found: Found[] = [];
  for (const actor of actors)
    for (const m of actor.mentions)
      if (!m.compound) found.push({ start: m.start, end: m.end, text: m.text, actor });
  t.found += found.length;
  t.gold += gold.length;
  const keyOf = (g: GoldMention) => canonicalId(g.name, lexicon);
  const overlaps = (g: GoldMention, f: Found) => f.start < g.end && f.end > g.start;
  const linked = linkActors(found, gold, overlaps);
  const same = (g: GoldMention, f: Found) => {
    const k = keyOf(g);
    return (
      linked.get(f.actor.id) === g.name ||
      sameActor(k, f.actor.id) ||
      sameActor(k, canonicalId(f.actor.name, lexicon))
    );
  };
  const usedL = new Set<number>();
  const usedS = new Set<number>();
  for (const g of gold) {
    const s = found.findIndex(
      (f, i) => !usedS.has(i) && f.start === g.start && f.end === g.end && same(g, f),
    );
    if (s >= 0) {
      usedS.add(s);
      t.strict++;
    }
    const l = found.findIndex((f, i) => !usedL.has(i) && overlaps(g, f) && same(g, f));
    if (l >= 0) {
      usedL.add(l);
      t.lenient++;
    } else {
      const any = found.find((f) => overlaps(g, f));
      t.misses.push(
        `${label}@${g.start} ${g.surface}/${g.type}${any ? ` ← ${any.text} as ${any.actor.name}/${any.actor.type}` : ''}`,
      );
    }
    const o = found.find((f) => overlaps(g, f));
    if (o) {
      t.typed++;
      if (o.actor.type === g.type) t.typeRight++;
    }
  }
  found.forEach((f, i) => {
    if (!usedL.has(i)) t.spurious.push(`${label}@${f.start} ${f.text} as ${f.actor.name}/${f.actor.type}`);
  });
}

/** One-to-one links from found actor ids to gold names, by how many mentions they share, most first. */
function linkActors(
  found: Found[],
  gold: GoldMention[],
  overlaps: (g: GoldMention, f: Found) => boolean,
): Map<string, string> {
  const shared = new Map<string, number>();
  for (const g of gold)
    for (const f of found)
      if (overlaps(g, f))
        shared.set(`${f.actor.id}\u0000${g.name}`, (shared.get(`${f.actor.id}\u0000${g.name}`) ?? 0) + 1);
  const links = new Map<string, string>();
  const taken = new Set<string>();
  for (const [pair] of [...shared].sort((a, b) => b[1] - a[1])) {
    const [id, name] = pair.split('\u0000');
    if (links.has(id) || taken.has(name)) continue;
    links.set(id, name);
    taken.add(name);
  }
  return links;
}

/** Precision, recall and F1 of a tally, lenient and strict, and type accuracy. */
export function mentionFigures(t: MentionTally) {
  const prf = (tp: number) => {
    const p = t.found ? tp / t.found : 1;
    const r = t.gold ? tp / t.gold : 1;
    return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
  };
  return { lenient: prf(t.lenient), strict: prf(t.strict), typeAcc: t.typed ? t.typeRight / t.typed : 1 };
}
