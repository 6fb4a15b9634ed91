/**
 * A token trie over lexicon aliases. Matching walks the article's tokens once per start position, so the
 * cost grows with the text, not with the lexicon. Hyphens are treated like spaces inside names.
 */
import { WORD_CLASS } from '../text/char-class';
import { foldText, joinLines } from '../text/normalize';
import { type Token, tokenize } from '../text/tokenize';

/** One alias ending at a trie node. */
export interface AliasTerminal {
  entry: number;
  /** Per alias token: the exact folded text when case must match (acronyms), else null. */
  exact: (string | null)[];
  /** Per alias token: true when the text token must be capitalised. */
  needsCap: boolean[];
  demonym: boolean;
}

/** A trie node keyed by lower-case token text. */
export interface TrieNode {
  next: Map<string, TrieNode>;
  terminals: AliasTerminal[];
}

/** An alias filed under its first token: [entry index, alias, 1 when it is a demonym else 0]. */
export type FiledAlias = [entry: number, alias: string, demonym: 0 | 1];

/**
 * The lexicon's aliases, filed by first token and tokenised into the trie the first time the matcher meets
 * that token. Most of a large lexicon never occurs in a given page, so a page's first analysis prepares only
 * the names it reads.
 */
export interface AliasTrie {
  root: TrieNode;
  /** Aliases by the lower-case first token that `aliasTokens` gives them; plain JSON data. */
  first: Record<string, FiledAlias[]>;
  /** First tokens already moved from `first` into the trie (or found to have no aliases). */
  filed: Set<string>;
}

/** A lexicon match: token range [from, to) and the entry index. */
export interface AliasMatch {
  from: number;
  to: number;
  entry: number;
  demonym: boolean;
}

/** Alias tokens used as trie keys: hyphens dropped, a leading article dropped. */
export function aliasTokens(alias: string): Token[] {
  const toks = tokenize(alias).filter((t) => t.text !== '-');
  if (toks.length > 1 && toks[0].lower === 'the') toks.shift();
  return toks;
}

/** Create an empty trie node. */
export function createTrie(): TrieNode {
  return { next: new Map(), terminals: [] };
}

/** A trie over aliases filed by first token (see `fileAliases`); nothing is tokenised yet. */
export function aliasTrie(first: Record<string, FiledAlias[]>): AliasTrie {
  return { root: createTrie(), first, filed: new Set() };
}

/** `Object.hasOwn` for records that came from JSON, where "constructor" must not find Object.prototype's. */
export function hasKey<T>(record: Record<string, T>, key: string): boolean {
  return Object.hasOwn(record, key);
}

const FIRST_WORD = new RegExp(`[${WORD_CLASS}]+`);

/** The lower-case first token of an alias, as `aliasTokens` would produce it, without tokenising the rest. */
function firstKey(alias: string): string {
  const folded = foldText(alias).toLowerCase();
  const m = FIRST_WORD.exec(folded);
  if (!m) return '';
  const j = m.index + m[0].length;
  // A leading "the" is dropped by aliasTokens when more follows, so file the alias under the next word.
  return m[0] === 'the' && j < folded.length ? firstKey(folded.slice(j)) : m[0];
}

/**
 * Each line's first key: optional non-word characters, then while the next word is a "the" with more
 * after it, that "the"; then the key word, possibly empty. The same as `firstKey` on each line.
 */
const KEY_LINE = new RegExp(
  `^(?:[^${WORD_CLASS}\\n]*the(?![${WORD_CLASS}])(?=[^\\n]))*[^${WORD_CLASS}\\n]*([${WORD_CLASS}]*)[^\\n]*`,
  'gm',
);
/** `firstKey` of every alias, in one pass over all of them joined by line breaks. */
function firstKeys(aliases: string[]): string[] {
  const joined = joinLines(aliases);
  if (joined === null) return aliases.map(firstKey);
  return foldText(joined).toLowerCase().replace(KEY_LINE, '$1').split('\n');
}

/** File aliases under their first token, as the plain data an `AliasTrie` starts from. */
export function fileAliases(aliases: FiledAlias[]): Record<string, FiledAlias[]> {
  const keys = firstKeys(aliases.map((a) => a[1]));
  // No prototype: a first token such as "constructor" is an ordinary key.
  const first: Record<string, FiledAlias[]> = Object.create(null);
  for (let k = 0; k < aliases.length; k++) {
    const key = keys[k];
    if (!key) continue;
    if (hasKey(first, key)) first[key].push(aliases[k]);
    else first[key] = [aliases[k]];
  }
  return first;
}

/** Tokenises into the trie the aliases filed under first token `key`; returns the root's child for `key`. */
function fileFirst(trie: AliasTrie, key: string): TrieNode | undefined {
  trie.filed.add(key);
  if (hasKey(trie.first, key))
    for (const [entry, alias, demonym] of trie.first[key]) addAlias(trie.root, alias, entry, demonym === 1);
  return trie.root.next.get(key);
}

/** Add one alias for lexicon entry `entry`. Acronym-like aliases (no lower-case letter) match case-sensitively. */
export function addAlias(root: TrieNode, alias: string, entry: number, demonym: boolean): void {
  const toks = aliasTokens(alias);
  if (toks.length === 0) return;
  const acronym = alias === alias.toUpperCase();
  let node = root;
  for (const t of toks) {
    let child = node.next.get(t.lower);
    if (!child) {
      child = createTrie();
      node.next.set(t.lower, child);
    }
    node = child;
  }
  const caps = toks.map((t) => t.cap).join();
  if (node.terminals.some((x) => x.entry === entry && x.needsCap.join() === caps)) return;
  // News style lower-cases the institution after a possessive ("Iran's foreign ministry"): only the owner needs capitals.
  const possessive = toks.findIndex((t, k) => t.text === "'" && toks[k + 1]?.lower === 's');
  node.terminals.push({
    entry,
    exact: toks.map((t) => (acronym && t.isWord ? t.text : null)),
    needsCap: toks.map((t, k) => t.cap && (possessive < 0 || k < possessive)),
    demonym,
  });
}

function accepts(term: AliasTerminal, tokens: Token[], idx: number[]): boolean {
  for (let k = 0; k < idx.length; k++) {
    const tok = tokens[idx[k]];
    const exact = term.exact[k];
    if (exact !== null ? tok.text !== exact : term.needsCap[k] && !tok.cap) return false;
  }
  return true;
}

/** Longest-match scan of the whole token list; matches never overlap. */
export function matchAliases(trie: AliasTrie, tokens: Token[]): AliasMatch[] {
  const out: AliasMatch[] = [];
  let i = 0;
  while (i < tokens.length) {
    const first = tokens[i];
    let best: AliasMatch | null = null;
    if (first.isWord) {
      let node: TrieNode | undefined = trie.root;
      const idx: number[] = [];
      let j = i;
      while (node && j < tokens.length) {
        const tok = tokens[j];
        // A hyphen joining two words inside a name ("al-Asad") is skipped like a space.
        if (tok.text === '-' && idx.length > 0 && !tok.spaceBefore) {
          j++;
          continue;
        }
        if (idx.length > 0 && tok.spaceBefore === false && tok.isWord && tokens[j - 1].isWord) break;
        node =
          idx.length === 0 && !trie.filed.has(tok.lower)
            ? fileFirst(trie, tok.lower)
            : node.next.get(tok.lower);
        if (!node) break;
        idx.push(j);
        j++;
        for (const term of node.terminals) {
          if (accepts(term, tokens, idx)) {
            best = { from: i, to: j, entry: term.entry, demonym: term.demonym };
            break;
          }
        }
      }
    }
    if (best) {
      out.push(best);
      i = best.to;
    } else i++;
  }
  return out;
}
