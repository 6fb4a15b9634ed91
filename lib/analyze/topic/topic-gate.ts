/**
 * A cheap, conservative pre-check of topic matching, so pages no followed topic could match are not fully
 * analysed until the reader asks. A profile matches only when every requireAll group has evidence (a term,
 * or an actor by id or tag) in the article. Terms are counted exactly as the scorer counts them; actors are
 * over-approximated by looking for any name, alias or demonym of the group's lexicon entries in the text,
 * more leniently than the actor finder does (any case, apostrophes either way, plural or possessive "s").
 * So "cannot match" here implies "does not match" in `scoreTopic`; the reverse need not hold.
 */

import { foldText, slugify } from '@/lib/text/normalize';
import type { Article, TopicCheck } from '../../types';
import type { CompiledLexicon } from '../actors/compiled-lexicon';
import type { CompiledTopic } from './compile-topic';
import { countTerms, stemSequence } from './topic-terms';

interface GateGroup {
  label: string;
  terms: string[];
}

/** A profile's groups, and the names that could stand for their actors, filed by first word. */
interface Gate {
  groups: GateGroup[];
  /** First word → [group index, the whole name with a leading space], names normalised as by `words`. */
  byFirst: Map<string, [number, string][]>;
}

/** Lower-case words joined by single spaces: apostrophes break words, or (`keepApostrophe` false) vanish as in `slugify`. */
function words(text: string, keepApostrophe: boolean): string {
  if (!keepApostrophe) return slugify(text).replace(/-/g, ' ');
  return foldText(text)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

const gates = new WeakMap<CompiledTopic, WeakMap<CompiledLexicon, Gate>>();

function gateFor(topic: CompiledTopic, lexicon: CompiledLexicon): Gate {
  let byLexicon = gates.get(topic);
  if (!byLexicon) {
    byLexicon = new WeakMap();
    gates.set(topic, byLexicon);
  }
  let gate = byLexicon.get(lexicon);
  if (gate) return gate;
  const byFirst = new Map<string, [number, string][]>();
  const file = (group: number, name: string) => {
    if (!name) return;
    const first = name.split(' ', 1)[0];
    const list = byFirst.get(first) ?? [];
    if (!list.some(([g, n]) => g === group && n === ` ${name}`)) list.push([group, ` ${name}`]);
    byFirst.set(first, list);
  };
  const fileEntry = (group: number, e: { name: string; aliases: string[]; demonyms?: string[] }) => {
    for (const n of [e.name, ...e.aliases, ...(e.demonyms ?? [])])
      if (typeof n === 'string') for (const keep of [true, false]) file(group, words(n, keep));
  };
  topic.groups.forEach((g, i) => {
    for (const id of g.actorIds) {
      // An id the lexicon lacks can still be an inferred actor's slug ("abu-fadak").
      file(i, id.replace(/-/g, ' '));
      const e = lexicon.byId.get(id);
      if (e) fileEntry(i, e);
    }
    const tags = new Set(g.tags);
    if (tags.size) for (const e of lexicon.entries) if (e.tags?.some((t) => tags.has(t))) fileEntry(i, e);
  });
  gate = { groups: topic.groups.map((g) => ({ label: g.label, terms: g.terms })), byFirst };
  byLexicon.set(lexicon, gate);
  return gate;
}

/**
 * The article's title and text as words, with apostrophes read as word breaks and, when there are any,
 * also with apostrophes dropped, each padded with a space at both ends.
 */
function haystacks(article: TopicText): string[] {
  const raw = `${article.title}\n${article.text}`;
  const split = ` ${words(raw, true)} `;
  return raw.includes("'") || raw.includes('\u2019') ? [split, ` ${words(raw, false)} `] : [split];
}

/** Marks in `found` each group (of those still in `open`) whose actor names occur in `text`. */
function scanNames(text: string, gate: Gate, open: Set<number>): void {
  for (let at = 0; at < text.length - 1 && open.size; ) {
    const end = text.indexOf(' ', at + 1);
    const word = text.slice(at + 1, end);
    const candidates =
      gate.byFirst.get(word) ?? (word.endsWith('s') ? gate.byFirst.get(word.slice(0, -1)) : undefined);
    if (candidates)
      for (const [group, name] of candidates) {
        if (!open.has(group) || !text.startsWith(name, at)) continue;
        const after = at + name.length;
        // A whole word, or one followed by a plural/possessive "s" ("Houthis", "Hezbollahs").
        if (text[after] === ' ' || (text[after] === 's' && text[after + 1] === ' ')) open.delete(group);
      }
    at = end;
  }
}

/** What the pre-check reads: an article, or a page's candidate titles and text (see lib/extract/page-text). */
export type TopicText = Pick<Article, 'title' | 'text'>;

/** Pre-checks every profile; `stems` (of title and text) may be passed in when already computed. */
export function checkTopics(
  article: TopicText,
  topics: CompiledTopic[],
  lexicon: CompiledLexicon,
  stems: string[] = stemSequence(`${article.title}\n${article.text}`),
): TopicCheck[] {
  let texts: string[] | null = null;
  return topics.map((topic) => {
    const counts = countTerms(stems, topic.keys, topic.maxLen);
    const gate = gateFor(topic, lexicon);
    const open = new Set<number>();
    gate.groups.forEach((g, i) => {
      if (!g.terms.some((k) => counts.has(k))) open.add(i);
    });
    if (open.size) {
      texts ??= haystacks(article);
      for (const text of texts) scanNames(text, gate, open);
    }
    const missing = [...open].map((i) => gate.groups[i].label);
    return { id: topic.profile.id, label: topic.profile.label, possible: missing.length === 0, missing };
  });
}
