/**
 * A token trie over lexicon aliases. Matching walks the article's tokens once per start position, so the
 * cost grows with the text, not with the lexicon. Hyphens are treated like spaces inside names.
 */
import { WORD_CLASS } from '../text/char-class';
import { foldText } from '../text/normalize';
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

/** An alias waiting to be inserted below its first token. */
interface PendingAlias {
  alias: string;
  entry: number;
  demonym: boolean;
}

/** A trie node keyed by lower-case token text. */
export interface TrieNode {
  next: Map<string, TrieNode>;
  terminals: AliasTerminal[];
  /** Aliases filed under this first token but not yet tokenised (see `fileAlias`). */
  pending?: PendingAlias[];
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

/** Create an empty trie. */
export function createTrie(): TrieNode {
  return { next: new Map(), terminals: [] };
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
 * File an alias under its first token only. Most of a large lexicon never occurs in a given page, so aliases
 * are tokenised the first time the matcher meets their first word: compiling stays cheap on a cold start.
 */
export function fileAlias(root: TrieNode, alias: string, entry: number, demonym: boolean): void {
  const key = firstKey(alias);
  if (!key) return;
  let child = root.next.get(key);
  if (!child) {
    child = createTrie();
    root.next.set(key, child);
  }
  child.pending ??= [];
  child.pending.push({ alias, entry, demonym });
}

function flushPending(root: TrieNode, node: TrieNode): void {
  const pending = node.pending;
  if (!pending) return;
  node.pending = undefined;
  for (const p of pending) addAlias(root, p.alias, p.entry, p.demonym);
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
export function matchAliases(root: TrieNode, tokens: Token[]): AliasMatch[] {
  const out: AliasMatch[] = [];
  let i = 0;
  while (i < tokens.length) {
    const first = tokens[i];
    let best: AliasMatch | null = null;
    if (first.isWord) {
      let node: TrieNode | undefined = root;
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
        node = node.next.get(tok.lower);
        if (!node) break;
        if (node.pending) flushPending(root, node);
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
