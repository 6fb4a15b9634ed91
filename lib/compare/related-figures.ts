/**
 * Figures that disagree between claims that were not aligned. A running toll, a count of pages or a sum
 * of money is often restated in a sentence of its own from one report to the next ("at least 34 wounded"
 * here, "more than 40 treated for injuries" there), so those claims rarely align one to one. Two figures
 * still conflict when they count the same thing (the same counted key) and the words around them agree:
 * at least two content words in common near the figures, or one when the claims are related as a whole.
 * A toll (killed, wounded) is one quantity of the event, and so is a specific thing each report counts
 * exactly once ("19 steps" here, "23 steps" there).
 */

import { contentTerms } from '@/lib/text/terms';
import type { Claim, Figure } from '@/lib/types';
import { termOverlap } from './claim-overlap';
import { countedFigures } from './counted';
import { type ClaimFeatures, reportFeatures } from './features';
import { figureMid, figureSeverity, figuresDisagree } from './figures';
import type { Alignment, ComparableReport, FigureChange } from './types';
import type { DocFreq } from './weights';

/** Characters read on each side of a figure for its context. */
const WINDOW = 60;
/** Claim term overlap at which one shared context word is enough. */
const RELATED_CLAIMS = 0.08;
const TOLLS = new Set(['killed', 'wounded']);
/** Counted things too common to be one quantity just because each report names them once. */
const GENERIC = new Set(
  'person troop member civilian american USD EUR percent year day week month hour minute time year-old country mile kilometer'.split(
    ' ',
  ),
);

interface Counted {
  f: ClaimFeatures;
  figure: Figure;
  context: Set<string>;
}

/** The claim's words around a figure. */
function near(claim: Claim, figure: Figure): string {
  const from = Math.max(0, figure.start - claim.start - WINDOW);
  const to = Math.min(claim.text.length, figure.end - claim.start + WINDOW);
  return claim.text.slice(from, to);
}

function contextOf(claim: Claim, figure: Figure): Set<string> {
  const unit = figure.unit.split(' ');
  return new Set(contentTerms(near(claim, figure)).filter((t) => !/^\d/.test(t) && !unit.includes(t)));
}

function byKey(claims: ClaimFeatures[]): Map<string, Counted[]> {
  const out = new Map<string, Counted[]>();
  for (const f of claims)
    for (const figure of countedFigures(f.claim)) {
      const list = out.get(figure.unit) ?? [];
      list.push({ f, figure, context: contextOf(f.claim, figure) });
      out.set(figure.unit, list);
    }
  return out;
}

const VICTIMS: [RegExp, string][] = [
  [
    /\b(?:soldiers?|troops?|service ?members?|servicemembers?|personnel|marines?|sailors?|airmen|reservists?|guardsmen)\b/i,
    'military',
  ],
  [/\b(?:fighters?|militants?|militiamen|insurgents?|gunmen)\b/i, 'fighter'],
  [/\b(?:civilians?|children|residents?|bystanders?)\b/i, 'civilian'],
];

/** Which side a toll counts, from the words of the figure itself, or null when it does not say. */
function victims(text: string): string | null {
  for (const [re, side] of VICTIMS) if (re.test(text)) return side;
  return null;
}

function shared(a: Set<string>, b: Set<string>): number {
  let n = 0;
  for (const t of a) if (b.has(t)) n++;
  return n;
}

/** Disagreeing figures of the same counted thing in unaligned claims of two reports. */
export function relatedFigureChanges(
  current: ComparableReport,
  other: ComparableReport,
  alignment: Alignment,
  freq: DocFreq,
): FigureChange[] {
  const paired = new Set(alignment.pairs.map((p) => `${p.here.id} ${p.there.id}`));
  const there = byKey(reportFeatures(other).claims);
  const out: FigureChange[] = [];
  const seen = new Set<string>();
  for (const [key, hereList] of byKey(reportFeatures(current).claims)) {
    const thereList = there.get(key);
    if (!thereList) continue;
    // A figure agreeing with any figure of the same thing there is confirmed, not contradicted.
    const agreed = (x: Figure, list: Counted[]) => list.some((y) => !figuresDisagree(x, y.figure));
    for (const h of hereList) {
      let best: { t: Counted; score: number } | null = null;
      for (const t of thereList) {
        if (paired.has(`${h.f.claim.id} ${t.f.claim.id}`) || !figuresDisagree(h.figure, t.figure)) continue;
        // A claim restating the other's figure (a report quoting an earlier count) is no contradiction.
        if (
          agreed(
            h.figure,
            thereList.filter((x) => x.f === t.f),
          )
        )
          continue;
        const words = shared(h.context, t.context);
        const overlap = termOverlap(h.f, t.f, freq);
        if (process.env.FIGDBG)
          console.log(key, h.figure.text, '|', t.figure.text, words, overlap.toFixed(3));
        const related = overlap >= RELATED_CLAIMS;
        // A toll belongs to the event, not to one sentence: within one event the wounded are the wounded,
        // as long as both count the same side ("soldiers" and "fighters" are two tolls).
        const ha = victims(h.figure.text) ?? victims(near(h.f.claim, h.figure));
        const ta = victims(t.figure.text) ?? victims(near(t.f.claim, t.figure));
        const sameSide = ha && ta ? ha === ta : ha === ta || words >= 1 || related;
        const toll = TOLLS.has(key) && sameSide;
        // A specific thing each report counts exactly once is one quantity, however the sentences differ.
        const unique = !GENERIC.has(key.split(' ')[0]) && hereList.length === 1 && thereList.length === 1;
        if (TOLLS.has(key) ? !toll : words < 2 && !(words >= 1 && related) && !unique) continue;
        const score =
          words +
          (related ? 1 : 0) -
          Math.abs((figureMid(h.figure) ?? 0) - (figureMid(t.figure) ?? 0)) * 1e-9;
        if (!best || score > best.score) best = { t, score };
      }
      if (!best) continue;
      const dedupe = `${key} ${h.figure.text} ${best.t.figure.text}`;
      if (seen.has(dedupe)) continue;
      seen.add(dedupe);
      out.push({
        here: h.f.claim,
        there: best.t.f.claim,
        what: key,
        hereFigure: h.figure,
        thereFigure: best.t.figure,
        severity: figureSeverity(h.figure, best.t.figure),
      });
    }
  }
  return out;
}
