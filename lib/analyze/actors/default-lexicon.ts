/**
 * The shipped lexicon. Its source is public/data/lexicon.json; what loads at run time is the index generated
 * from it (`npm run data`), so no context spends its first analysis filing and slugging the shipped names.
 */
import shippedIndex from '../../generated/lexicon-index.json';
import type { LexiconEntry } from '../../types';
import { type CompiledLexicon, lexiconFromIndex } from './compiled-lexicon';
import { buildLexiconIndex, type LexiconIndex } from './lexicon-index';

/** The index of the shipped lexicon alone. */
export const SHIPPED_LEXICON_INDEX = shippedIndex as unknown as LexiconIndex;

/** The lexicon as shipped in public/data/lexicon.json. */
export const SHIPPED_LEXICON: LexiconEntry[] = SHIPPED_LEXICON_INDEX.entries;

/**
 * The shipped lexicon with user entries merged over it (same id replaces), as an index. The last one is
 * kept, keyed by content: the background reads the additions afresh from storage for every page.
 */
export function lexiconIndexWith(userEntries: LexiconEntry[] = []): LexiconIndex {
  if (userEntries.length === 0) return SHIPPED_LEXICON_INDEX;
  const key = JSON.stringify(userEntries);
  if (last?.key !== key) last = { key, index: buildLexiconIndex(SHIPPED_LEXICON, userEntries) };
  return last.index;
}
let last: { key: string; index: LexiconIndex } | null = null;

/** Merge user entries over the shipped ones (same id replaces) and compile; invalid user entries are skipped. */
export function compileLexicon(userEntries: LexiconEntry[] = []): CompiledLexicon {
  return lexiconFromIndex(lexiconIndexWith(userEntries));
}

let defaultLexicon: CompiledLexicon | null = null;

/** The shipped lexicon, ready for matching, cached for the life of the context. */
export function getDefaultLexicon(): CompiledLexicon {
  defaultLexicon ??= lexiconFromIndex(SHIPPED_LEXICON_INDEX);
  return defaultLexicon;
}
