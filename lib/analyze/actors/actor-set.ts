/** Accumulates mentions into actors merged by canonical id, remembering which actor owns each token. */
import type { Actor, ActorOrigin, ActorType, Mention } from '../../types';

/**
 * An id for a name whose slug is empty (written only in non-Latin letters, e.g. Greek or Arabic): a hash of the
 * normalised name, so the id is stable across articles and never empty.
 */
export function fallbackId(name: string): string {
  const norm = name.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
  let h = 0x811c9dc5;
  for (let k = 0; k < norm.length; k++) h = Math.imul(h ^ norm.charCodeAt(k), 0x01000193);
  return `name-${(h >>> 0).toString(36)}`;
}

/** Actors under construction, indexed both by id and by insertion order. */
export class ActorSet {
  readonly list: Actor[] = [];
  private readonly index = new Map<string, number>();

  /** Position of an actor in `list`, or -1. */
  indexOf(id: string): number {
    return this.index.get(id) ?? -1;
  }

  /** Add one mention, creating the actor on first sight; returns the actor's index. */
  add(
    id: string,
    name: string,
    type: ActorType,
    confidence: number,
    origin: ActorOrigin,
    mention: Mention,
  ): number {
    if (!id) id = fallbackId(name);
    let i = this.index.get(id);
    if (i === undefined) {
      i = this.list.length;
      this.index.set(id, i);
      this.list.push({ id, name, type, confidence, origin, mentions: [] });
    }
    const actor = this.list[i];
    if (actor.mentions.length === 0) delete actor.adjectival;
    // Repeated sightings of an inferred name raise confidence a little: one stray capitalised phrase is weak evidence.
    if (actor.origin === 'inferred' && actor.mentions.length > 0)
      actor.confidence = Math.min(0.95, actor.confidence + 0.05);
    actor.mentions.push(mention);
    return i;
  }

  /**
   * Link an actor the text names only in adjectives or compounds ("French troops", "Panama-flagged"): it is
   * known to the article, with no mention to highlight or count.
   */
  link(id: string, name: string, type: ActorType, origin: ActorOrigin): void {
    if (this.index.has(id)) return;
    this.index.set(id, this.list.length);
    this.list.push({ id, name, type, confidence: 1, origin, mentions: [], adjectival: true });
  }

  /** Record a role seen with an actor's name. */
  addRole(i: number, role: string): void {
    const actor = this.list[i];
    const clean = role.replace(/\s+/g, ' ').trim();
    if (!clean) return;
    actor.roles ??= [];
    if (!actor.roles.includes(clean)) actor.roles.push(clean);
  }

  /** Final actors: mentions in text order, most-mentioned first, ties by first appearance. */
  result(): Actor[] {
    for (const a of this.list) a.mentions.sort((x, y) => x.start - y.start);
    const first = (a: Actor) => a.mentions[0]?.start ?? Number.MAX_SAFE_INTEGER;
    return [...this.list].sort((a, b) => b.mentions.length - a.mentions.length || first(a) - first(b));
  }
}
