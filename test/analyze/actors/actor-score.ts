/** Test helper: precision/recall of found actors against a gold list of (name, type) pairs. */
import { type CompiledLexicon, canonicalId } from '../../../lib/analyze/actors/compiled-lexicon';
import type { Actor, ActorType } from '../../../lib/types';

/** One gold actor. */
export interface GoldActor {
  name: string;
  type: ActorType;
}

/** Counts and the pairs behind them, for printing. */
export interface ActorScore {
  tp: number;
  fp: number;
  fn: number;
  missed: string[];
  spurious: string[];
}

/** Lenient key equality: same canonical id, or one inferred name's words contain the other's ("COW News" ⊂ "COW News Digital"). */
export function sameActor(a: string, b: string): boolean {
  if (a === b) return true;
  const wa = a.split('-');
  const wb = b.split('-');
  const [short, long] = wa.length <= wb.length ? [wa, wb] : [wb, wa];
  return short.length >= 2 && short.every((w) => long.includes(w));
}

/** Score one article's actors against its gold list; actors seen only adjectivally are optional. */
export function scoreActors(found: Actor[], gold: GoldActor[], lexicon: CompiledLexicon): ActorScore {
  const goldKeys = gold.map((g) => ({ key: canonicalId(g.name, lexicon), type: g.type, name: g.name }));
  const used = new Set<number>();
  let tp = 0;
  const spurious: string[] = [];
  for (const a of found) {
    const k = goldKeys.findIndex((g, i) => !used.has(i) && g.type === a.type && sameActor(g.key, a.id));
    if (k >= 0) {
      used.add(k);
      tp++;
    } else if (!a.adjectival) spurious.push(`${a.name}/${a.type}`);
    // An actor seen only in adjectives ("Greek operator") is optional: credited when gold lists it, never spurious.
  }
  const missed = goldKeys.filter((_, i) => !used.has(i)).map((g) => `${g.name}/${g.type}`);
  return { tp, fp: spurious.length, fn: missed.length, missed, spurious };
}

/** Precision, recall and F1 from summed counts. */
export function prf(tp: number, fp: number, fn: number): { p: number; r: number; f1: number } {
  const p = tp + fp ? tp / (tp + fp) : 1;
  const r = tp + fn ? tp / (tp + fn) : 1;
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
}
