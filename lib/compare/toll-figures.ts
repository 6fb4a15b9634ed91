/**
 * A story's running toll (killed, wounded) is often restated in a different sentence from one report to the
 * next: "killed three and injured at least 34" here, "more than 40 have been treated for injuries" there.
 * Those claims rarely align one to one, yet the disagreement is what a reader most needs to see. So toll
 * figures are also compared across claims that are related but not aligned.
 */
import { claimDocFreq, claimSimilarity } from './align';
import { termOverlaps } from './claim-overlap';
import { reportFeatures } from './features';
import { disagreeingFigures, figureSeverity } from './figures';
import type { Alignment, ComparableReport, FigureChange } from './types';
import type { DocFreq } from './weights';

const TOLL_UNITS = new Set(['killed', 'wounded', 'casualty']);
/** Looser than alignment: the two claims need only be about the same thing, not say the same thing. */
const RELATED_SIMILARITY = 0.1;
// "eight of the injured" counts a subset, not the toll.
const PARTITIVE = /\bof (?:the|them|those|these)\b/i;

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
  const isToll = (f: { unit: string; text: string }) => TOLL_UNITS.has(f.unit) && !PARTITIVE.test(f.text);
  const seen = new Set<string>();
  const out: FigureChange[] = [];
  for (const { i, j } of termOverlaps(fa, fb, df)) {
    const here = fa[i].claim;
    const there = fb[j].claim;
    if (paired.has(`${here.id} ${there.id}`)) continue;
    const hf = here.figures.filter(isToll);
    const tf = there.figures.filter(isToll);
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
