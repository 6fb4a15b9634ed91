/**
 * A story's running toll (killed, wounded) is often restated in a different sentence from one report to the
 * next: "killed three and injured at least 34" here, "more than 40 have been treated for injuries" there.
 * Those claims rarely align one to one, yet the disagreement is what a reader most needs to see. So toll
 * figures are also compared across claims that are related but not aligned.
 */
import type { Claim } from '@/lib/types';
import { claimDocFreq, claimSimilarity } from './align';
import { termOverlaps } from './claim-overlap';
import { countedFigures } from './counted';
import { reportFeatures } from './features';
import { disagreeingFigures, figureSeverity } from './figures';
import type { Alignment, ComparableReport, FigureChange } from './types';
import type { DocFreq } from './weights';

const TOLL_UNITS = new Set(['killed', 'wounded', 'casualty']);
/** Looser than alignment: the two claims need only be about the same thing, not say the same thing. */
const RELATED_SIMILARITY = 0.1;

/** Toll figures that disagree between related, unaligned claims of two reports. */
export function tollChanges(
  current: ComparableReport,
  other: ComparableReport,
  alignment: Alignment,
  freq?: DocFreq,
): FigureChange[] {
  const paired = new Set(alignment.pairs.map((p) => `${p.here.id} ${p.there.id}`));
  const fa = reportFeatures(current).claims;
  const fb = reportFeatures(other).claims;
  const df = freq ?? claimDocFreq([current, other]);
  // Counted figures leave subsets out: "eight of the injured" counts part of the toll, not the toll.
  const tolls = (c: Claim) => countedFigures(c).filter((f) => TOLL_UNITS.has(f.unit));
  const seen = new Set<string>();
  const out: FigureChange[] = [];
  for (const { i, j } of termOverlaps(fa, fb, df)) {
    const here = fa[i].claim;
    const there = fb[j].claim;
    if (paired.has(`${here.id} ${there.id}`)) continue;
    const hf = tolls(here);
    const tf = tolls(there);
    if (hf.length === 0 || tf.length === 0) continue;
    if (claimSimilarity(fa[i], fb[j], df) < RELATED_SIMILARITY) continue;
    for (const [a, b] of disagreeingFigures(hf, tf)) {
      const key = `${a.unit} ${a.text} ${b.text}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({ here, there, what: a.unit, hereFigure: a, thereFigure: b, severity: figureSeverity(a, b) });
    }
  }
  return out;
}
