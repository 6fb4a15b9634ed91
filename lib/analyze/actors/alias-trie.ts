/**
 * A token trie over lexicon aliases, as plain JSON data so that it can be built ahead of time and sent to a
 * page ready to use. Matching walks the article's tokens once per start position, so the cost grows with the
 * text, not with the lexicon. Hyphens are treated like spaces inside names.
 */
import { type Token, tokenize } from '@/lib/text/tokenize';

/** One alias ending at a trie node. */
export interface AliasTerminal {
  entry: number;
  /** Bit k set: the text's token k must be capitalised. */
  caps: number;
  /** For acronym-like aliases, which match case-sensitively: per token, the exact folded text, or null. */
  exact?: (string | null)[];
  demonym?: true;
  /** The alias was written "The X" with one word after it: the text must write the capitalised "The" too. */
  the?: true;
}

/** A trie node: children by lower-case token text, and the aliases that end here. */
export interface TrieNode {
  next?: Record<string, TrieNode>;
  ends?: AliasTerminal[];
}

/** A lexicon match: token range [from, to) and the entry index. */
export interface AliasMatch {
  from: number;
  to: number;
  entry: number;
  demonym: boolean;
}

/** `Object.hasOwn` for records that came from JSON, where "constructor" must not find Object.prototype's. */
export function hasKey<T>(record: Record<string, T>, key: string): boolean {
  return Object.hasOwn(record, key);
}

/** Alias tokens used as trie keys: hyphens dropped, a leading article dropped. */
export function aliasTokens(alias: string): Token[] {
  const toks = tokenize(alias).filter((t) => t.text !== '-');
  if (toks.length > 1 && toks[0].lower === 'the') toks.shift();
  return toks;
}

/** Add one alias for lexicon entry `entry`. Acronym-like aliases (no lower-case letter) match case-sensitively. */
export function addAlias(root: TrieNode, alias: string, entry: number, demonym: boolean): void {
  const toks = aliasTokens(alias);
  if (toks.length === 0) return;
  // "The Atlantic", "The Hill", "The National": without their capitalised article these are common words
  // ("trans-Atlantic", "the hill", "Republican National Committee"), so the article is part of the name.
  const needsThe = toks.length === 1 && alias.startsWith('The ') && alias !== alias.toUpperCase();
  let node = root;
  for (const t of toks) {
    // No prototype: a token such as "constructor" is an ordinary key.
    node.next ??= Object.create(null) as Record<string, TrieNode>;
    if (!hasKey(node.next, t.lower)) node.next[t.lower] = {};
    node = node.next[t.lower];
  }
  // News style lower-cases the institution after a possessive ("Iran's foreign ministry"): only the owner needs capitals.
  const possessive = toks.findIndex((t, k) => t.text === "'" && toks[k + 1]?.lower === 's');
  let caps = 0;
  toks.forEach((t, k) => {
    if (t.cap && (possessive < 0 || k < possessive)) caps |= 1 << k;
  });
  node.ends ??= [];
  const ends = node.ends;
  if (ends.some((x) => x.entry === entry && x.caps === caps && (x.the === true) === needsThe)) return;
  const terminal: AliasTerminal = { entry, caps };
  if (needsThe) terminal.the = true;
  if (alias === alias.toUpperCase()) terminal.exact = toks.map((t) => (t.isWord ? t.text : null));
  if (demonym) terminal.demonym = true;
  ends.push(terminal);
}

function accepts(term: AliasTerminal, tokens: Token[], idx: number[]): boolean {
  if (term.the && tokens[idx[0] - 1]?.text !== 'The') return false;
  for (let k = 0; k < idx.length; k++) {
    const tok = tokens[idx[k]];
    const exact = term.exact?.[k] ?? null;
    if (exact !== null ? tok.text !== exact : (term.caps >> k) & 1 && !tok.cap) return false;
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
      while (node?.next && j < tokens.length) {
        const tok = tokens[j];
        // A hyphen joining two words inside a name ("al-Asad") is skipped like a space.
        if (tok.text === '-' && idx.length > 0 && !tok.spaceBefore) {
          j++;
          continue;
        }
        if (idx.length > 0 && tok.spaceBefore === false && tok.isWord && tokens[j - 1].isWord) break;
        // Keys are lower-case letters and digits, so the only inherited name one can meet is "constructor",
        // a function: checking for an object is enough, and cheaper than an own-property test per word.
        const child: unknown = node.next[tok.lower];
        node = typeof child === 'object' ? (child as TrieNode) : undefined;
        if (!node) break;
        idx.push(j);
        j++;
        for (const term of node.ends ?? []) {
          if (accepts(term, tokens, idx)) {
            best = { from: i, to: j, entry: term.entry, demonym: term.demonym === true };
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
