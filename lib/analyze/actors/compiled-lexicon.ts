/**
 * The lexicon ready for matching: a lexicon index (see lexicon-index.ts) wrapped with the lookups the actor
 * finder needs. Wrapping is cheap, because the index already holds the alias trie and the slug table.
 */

import { slugify } from '@/lib/text/normalize';
import type { LexiconEntry } from '../../types';
import { hasKey, type TrieNode } from './alias-trie';
import { buildLexiconIndex, type LexiconIndex, withoutThe } from './lexicon-index';

/** A lexicon ready for matching. */
export interface CompiledLexicon {
  entries: LexiconEntry[];
  byId: Map<string, LexiconEntry>;
  trie: TrieNode;
  /** Slug of any id, name or alias → entry id, for lenient name lookups (see `canonicalId`). */
  slugs: Record<string, string>;
  /** Ids whose entry came from the user rather than the shipped file. */
  userIds: Set<string>;
}

/** Wrap a lexicon index for matching; the index is shared, never changed. */
export function lexiconFromIndex(index: LexiconIndex): CompiledLexicon {
  const byId = new Map<string, LexiconEntry>();
  const entries = index.entries;
  for (let i = 0; i < entries.length; i++) byId.set(entries[i].id, entries[i]);
  return { entries, byId, trie: index.trie, slugs: index.slugs, userIds: new Set(index.userIds) };
}

/** Merge user entries over `base` (same id replaces) and compile; invalid user entries are skipped. */
export function compileLexiconFrom(base: LexiconEntry[], userEntries: LexiconEntry[] = []): CompiledLexicon {
  return lexiconFromIndex(buildLexiconIndex(base, userEntries));
}

/** Canonical actor id for a free-form name: the lexicon id when the name is a known alias, else its slug. */
export function canonicalId(name: string, lexicon: CompiledLexicon): string {
  const s = slugify(withoutThe(name));
  return hasKey(lexicon.slugs, s) ? lexicon.slugs[s] : s;
}
