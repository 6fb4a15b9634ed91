/** Test helper: scores claims found by the analyser against held-out gold claims. */
import type { Claim, Figure, Span } from '@/lib/types';
import type { GoldClaim, GoldFigure } from './load-heldout';

/** Running counts over the held-out set; `prf` turns them into rates. */
export interface ClaimTally {
  gold: number;
  predicted: number;
  tp: number;
  sourceRight: number;
  kindsJaccard: number;
  goldFigures: number;
  figuresRight: number;
  unitsRight: number;
  predictedFigures: number;
  /** Human-readable misses, spurious claims and wrong sources, for the log. */
  notes: string[];
}

/** A fresh tally. */
export function emptyTally(): ClaimTally {
  return {
    gold: 0,
    predicted: 0,
    tp: 0,
    sourceRight: 0,
    kindsJaccard: 0,
    goldFigures: 0,
    figuresRight: 0,
    unitsRight: 0,
    predictedFigures: 0,
    notes: [],
  };
}

function overlapOfShorter(a: Span, b: Span): number {
  const inter = Math.min(a.end, b.end) - Math.max(a.start, b.start);
  return inter <= 0 ? 0 : inter / Math.min(a.end - a.start, b.end - b.start);
}

function jaccard(a: string[], b: string[]): number {
  const union = new Set([...a, ...b]);
  return union.size ? a.filter((k) => b.includes(k)).length / union.size : 1;
}

const singular = (u: string) =>
  u
    .toLowerCase()
    .replace(/(?:ies)$/, 'y')
    .replace(/s$/, '');

/** Units agree when one singular form contains the other ("service member" ~ "member", "people" ~ "person"). */
function sameUnit(gold: string, found: string): boolean {
  const g = singular(gold);
  const f = singular(found);
  if (g === 'people' || g === 'person') return f === 'people' || f === 'person';
  if (g === 'dollar') return f === 'usd' || f === 'dollar';
  return g.includes(f) || f.includes(g);
}

/** Gold writes an exact figure as value only; the analyser may also close its bounds at the value (7 → 7..7). */
function sameNumber(g: GoldFigure, f: Figure): boolean {
  if (g.value !== null && g.min === null && g.max === null)
    return f.value === g.value && (f.min ?? g.value) === g.value && (f.max ?? g.value) === g.value;
  return g.value === f.value && g.min === f.min && g.max === f.max;
}

const isCount = (f: Figure) => f.unit !== 'date' && f.unit !== 'year';
const short = (s: string) => (s.length > 90 ? `${s.slice(0, 87)}...` : s);

/** Adds one document's comparison to the tally; gold claims must occur verbatim in `text`. */
export function scoreClaims(
  tally: ClaimTally,
  id: string,
  text: string,
  found: Claim[],
  gold: GoldClaim[],
): void {
  const used = new Set<number>();
  tally.gold += gold.length;
  tally.predicted += found.length;
  for (const g of gold) {
    const start = text.indexOf(g.text);
    if (start < 0) throw new Error(`${id}: gold claim not in the article text: ${short(g.text)}`);
    const span = { start, end: start + g.text.length };
    tally.goldFigures += g.figures.length;
    const k = found.findIndex((p, i) => !used.has(i) && overlapOfShorter(p, span) >= 0.5);
    if (k < 0) {
      tally.notes.push(`${id} MISSED: ${short(g.text)}`);
      continue;
    }
    used.add(k);
    const p = found[k];
    tally.tp++;
    tally.kindsJaccard += jaccard(g.kinds, p.kinds);
    if (p.source.kind === g.source) tally.sourceRight++;
    else
      tally.notes.push(
        `${id} SOURCE ${p.source.kind}(${p.source.name}) want ${g.source}(${g.sourceName}): ${short(g.text)}`,
      );
    const counts = p.figures.filter(isCount);
    tally.predictedFigures += counts.length;
    const taken = new Set<number>();
    for (const gf of g.figures) {
      const j = counts.findIndex((f, i) => !taken.has(i) && sameNumber(gf, f));
      if (j < 0) {
        const got = counts.map((f) => `${f.text}=${f.value}/${f.min}/${f.max} ${f.unit}`).join('; ');
        tally.notes.push(`${id} FIGURE want ${gf.value}/${gf.min}/${gf.max} ${gf.unit}, got [${got}]`);
        continue;
      }
      taken.add(j);
      tally.figuresRight++;
      if (sameUnit(gf.unit, counts[j].unit)) tally.unitsRight++;
      else tally.notes.push(`${id} UNIT want ${gf.unit}, got ${counts[j].unit} (${counts[j].text})`);
    }
  }
  found.forEach((p, i) => {
    if (!used.has(i)) tally.notes.push(`${id} SPURIOUS [${p.kinds.join(',')}]: ${short(p.text)}`);
  });
}
