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
  /** On the root only: aliases by first token, not yet tokenised into the trie (see `fileAliases`). */
  pending?: Map<string, AliasToFile[]>;
  /** On a child of the root: aliases filed under its token still wait in the root's `pending`. */
  waiting?: boolean;
}

/** Stands in the root for a first token whose aliases all still wait; shared, so filing allocates no nodes. */
const WAITING: TrieNode = { next: new Map(), terminals: [] };

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

/** An alias to file, and the entry it names. */
export interface AliasToFile {
  alias: string;
  entry: number;
  demonym: boolean;
}

/**
 * File aliases under their first token only. Most of a large lexicon never occurs in a given page, so aliases
 * are tokenised the first time the matcher meets their first word: compiling stays cheap on a cold start.
 */
export function fileAliases(root: TrieNode, aliases: AliasToFile[]): void {
  const keys = firstKeys(aliases.map((a) => a.alias));
  // One map of lists rather than a node per first word: a thousand empty nodes cost a millisecond to build.
  const pending = root.pending ?? new Map<string, AliasToFile[]>();
  root.pending = pending;
  for (let k = 0; k < aliases.length; k++) {
    const key = keys[k];
    if (!key) continue;
    const list = pending.get(key);
    if (list) list.push(aliases[k]);
    else {
      pending.set(key, [aliases[k]]);
      const child = root.next.get(key);
      if (!child) root.next.set(key, WAITING);
      else child.waiting = true;
    }
  }
}

/** Tokenises into the trie the aliases waiting under first token `key`; returns the root's child for `key`. */
function flushPending(root: TrieNode, key: string): TrieNode | undefined {
  const child = root.next.get(key);
  if (child === WAITING) root.next.delete(key);
  else if (child) child.waiting = false;
  const list = root.pending?.get(key) ?? [];
  root.pending?.delete(key);
  for (const p of list) addAlias(root, p.alias, p.entry, p.demonym);
  return root.next.get(key);
}

/** Add one alias for lexicon entry `entry`. Acronym-like aliases (no lower-case letter) match case-sensitively. */
export function addAlias(root: TrieNode, alias: string, entry: number, demonym: boolean): void {
  const toks = aliasTokens(alias);
  if (toks.length === 0) return;
  const acronym = alias === alias.toUpperCase();
  let node = root;
  for (const t of toks) {
    let child = node.next.get(t.lower);
    if (!child || child === WAITING) {
      // An alias may run through a first token whose own aliases still wait: they are added when the
      // matcher meets that token, after this one, as they always were.
      const waiting = child === WAITING;
      child = createTrie();
      if (waiting) child.waiting = true;
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
        if (node === WAITING || node?.waiting) node = flushPending(root, tok.lower);
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
