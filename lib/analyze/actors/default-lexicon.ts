/** The lexicon shipped in public/data/lexicon.json, merged with user entries and compiled. */
import shipped from '../../../public/data/lexicon.json';
import type { LexiconEntry } from '../../types';
import { type CompiledLexicon, compileLexiconFrom } from './compiled-lexicon';

/** The lexicon as shipped in public/data/lexicon.json. */
export const SHIPPED_LEXICON: LexiconEntry[] = shipped as LexiconEntry[];

/** Merge user entries over the shipped ones (same id replaces) and compile; invalid user entries are skipped. */
export function compileLexicon(userEntries: LexiconEntry[] = []): CompiledLexicon {
  return compileLexiconFrom(SHIPPED_LEXICON, userEntries);
}

let defaultLexicon: CompiledLexicon | null = null;

/** The shipped lexicon, compiled on first use and cached for the life of the context. */
export function getDefaultLexicon(): CompiledLexicon {
  defaultLexicon ??= compileLexicon();
  return defaultLexicon;
}
