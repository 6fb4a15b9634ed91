/**
 * Evidence that only passes by: a required group whose every sign stands in a paragraph that says nothing
 * else the topic requires ("the area is also home to Iran-backed militias, but the raid was not about them").
 * A report is on a topic when its required evidence meets somewhere, in the title or in one paragraph.
 */
import type { Actor, Article } from '../../types';
import type { CompiledLexicon } from '../actors/compiled-lexicon';
import type { CompiledGroup, CompiledTopic } from './compile-topic';
import { countTerms, stemSequence } from './topic-terms';

/** Bit g set: group g has evidence in the passage. */
type GroupBits = number;

function termBits(
  text: string,
  groups: CompiledGroup[],
  keys: ReadonlySet<string>,
  maxLen: number,
): GroupBits {
  const counts = countTerms(stemSequence(text), keys, maxLen);
  let bits = 0;
  groups.forEach((g, i) => {
    if (g.terms.some((k) => counts.has(k))) bits |= 1 << i;
  });
  return bits;
}

/**
 * The groups (by index) that have evidence only in passages holding no other group's evidence. Only worth
 * asking when every group has some evidence in the article.
 */
export function isolatedGroups(
  article: Article,
  actors: Actor[],
  topic: CompiledTopic,
  lexicon: CompiledLexicon,
): number[] {
  const groups = topic.groups;
  if (groups.length < 2) return [];
  const keys = new Set(groups.flatMap((g) => g.terms));
  const paras = article.paragraphs.length ? article.paragraphs : [{ start: 0, end: article.text.length }];
  const bits: GroupBits[] = paras.map((p) =>
    termBits(article.text.slice(p.start, p.end), groups, keys, topic.maxLen),
  );
  let titleBits = termBits(article.title, groups, keys, topic.maxLen);
  for (const a of actors) {
    const tags = lexicon.byId.get(a.id)?.tags ?? [];
    let actorBits = 0;
    groups.forEach((g, i) => {
      if (g.actorIds.includes(a.id) || g.tags.some((t) => tags.includes(t))) actorBits |= 1 << i;
    });
    if (actorBits === 0) continue;
    // The title is not part of the text: an actor named there counts for the title.
    if (article.title.includes(a.name)) titleBits |= actorBits;
    for (const m of a.mentions) {
      if (m.compound && a.type === 'state') continue;
      const k = paras.findIndex((p) => m.start >= p.start && m.start < p.end);
      if (k >= 0) bits[k] |= actorBits;
    }
  }
  let connected = 0;
  for (const b of [titleBits, ...bits]) if (b & (b - 1)) connected |= b;
  const out: number[] = [];
  groups.forEach((_, i) => {
    if (!(connected & (1 << i))) out.push(i);
  });
  return out;
}
