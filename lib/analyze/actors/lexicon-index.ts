/**
 * A lexicon prepared for matching, as plain JSON data: the merged entries, a token trie of every alias, and
 * the slug of every name. The shipped lexicon's index is generated ahead of time
 * (`npm run data`), and the background sends each page an index rather than raw entries, so a page's first
 * analysis only looks names up instead of preparing twelve hundred of them.
 */

import { asciiAt, isS, spaceEnd } from '@/lib/text/ascii-words';
import { joinLines, slugify, slugifyLines } from '@/lib/text/normalize';
import type { LexiconEntry } from '../../types';
import { addAlias, hasKey, type TrieNode } from './alias-trie';

/** A lexicon index: JSON-serialisable, built by `buildLexiconIndex`. */
export interface LexiconIndex {
  /** Shipped entries with the user's merged over them (same id replaces). */
  entries: LexiconEntry[];
  /** Ids whose entry came from the user rather than the shipped file. */
  userIds: string[];
  /** Every name, alias and demonym, as a token trie. */
  trie: TrieNode;
  /** Slug of every id, name and alias (a leading "the" dropped) → entry id; the first entry wins. */
  slugs: Record<string, string>;
}

const TYPES = new Set(['person', 'organization', 'state', 'armed_group', 'place', 'media']);

/** Check one user entry; returns a message describing the problem, or null when it is usable. */
export function validateLexiconEntry(e: LexiconEntry): string | null {
  if (!e || typeof e.id !== 'string' || !e.id.trim()) return 'entry has no id';
  if (typeof e.name !== 'string' || !e.name.trim()) return `entry "${e.id}" has no name`;
  if (!TYPES.has(e.type)) return `entry "${e.id}" has unknown type "${String(e.type)}"`;
  if (!Array.isArray(e.aliases)) return `entry "${e.id}" aliases must be a list`;
  return null;
}

/** `name` without a leading "the" and the white space after it. */
export function withoutThe(name: string): string {
  // Most names do not start with a "t": settle them with one comparison.
  if ((name.charCodeAt(0) | 32) !== 116) return name;
  return asciiAt(name, 0, 'the') && isS(name.charCodeAt(3)) ? name.slice(spaceEnd(name, 3)) : name;
}

/** "C.I.A." for "CIA": news styles that write acronyms with full stops name the same body. */
export function dottedAcronym(alias: string): string | null {
  if (alias.length < 2 || alias.length > 5) return null;
  for (let i = 0; i < alias.length; i++) {
    const c = alias.charCodeAt(i);
    if (c < 65 || c > 90) return null;
  }
  return `${alias.split('').join('.')}.`;
}

/** Merge user entries over `base` (same id replaces) and index the result; invalid user entries are skipped. */
export function buildLexiconIndex(base: LexiconEntry[], userEntries: LexiconEntry[] = []): LexiconIndex {
  const byId = new Map<string, LexiconEntry>();
  const userIds: string[] = [];
  for (const e of base) byId.set(e.id, e);
  for (const e of userEntries) {
    if (validateLexiconEntry(e) !== null) continue;
    byId.set(e.id, e);
    userIds.push(e.id);
  }
  const entries = [...byId.values()];
  const trie: TrieNode = {};
  entries.forEach((e, i) => {
    for (const alias of [e.name, ...e.aliases])
      if (typeof alias === 'string') {
        addAlias(trie, alias, i, false);
        const dotted = dottedAcronym(alias);
        if (dotted) addAlias(trie, dotted, i, false);
      }
    for (const d of e.demonyms ?? []) if (typeof d === 'string') addAlias(trie, d, i, true);
  });
  return {
    entries,
    userIds: [...new Set(userIds)],
    trie,
    slugs: slugTable(entries),
  };
}

function slugTable(entries: LexiconEntry[]): Record<string, string> {
  const names = entries.flatMap((e) =>
    [e.name, ...e.aliases].map((n) => (typeof n === 'string' ? withoutThe(n) : '')),
  );
  const joined = joinLines(names);
  const slugs = joined === null ? names.map(slugify) : slugifyLines(joined);
  const table: Record<string, string> = Object.create(null);
  let k = 0;
  for (const e of entries) {
    table[e.id] = e.id;
    for (let a = 0; a <= e.aliases.length; a++) {
      const s = slugs[k++];
      if (s && !hasKey(table, s)) table[s] = e.id;
    }
  }
  return table;
}
