/**
 * The demo site's planted differences as expectations: figure disagreements within an event (occurrence
 * pairs with different values, subsets left out), reworded quotes, and the rule that no "major"
 * discrepancy is ever reported between reports of different events. Events come from save-time
 * assignment in publication order, as the extension stores them.
 */
import { diffReports } from '@/lib/compare/diff-reports';
import { eventFeatures } from '@/lib/compare/event-features';
import { assignEvent, type EventCandidate } from '@/lib/compare/events';
import { figureInterval } from '@/lib/compare/figures';
import type { ComparableReport } from '@/lib/compare/types';
import type { Figure } from '@/lib/types';
import { plantedDifferences } from '@/scripts/demo-site/planted-differences';
import type { DemoReport } from '@/test/compare/load-demo';

/** Counts on the demo site. */
export interface DemoFigures {
  figures: number;
  figuresFound: number;
  quotes: number;
  quotesFound: number;
  /** "major" figure changes reported between reports of different (planted) events. */
  crossEventMajor: number;
  misses: string[];
}

/** The demo reports with event ids assigned in publication order. */
export function assignDemoEvents(demo: DemoReport[]): ComparableReport[] {
  const placed: EventCandidate[] = [];
  const out: ComparableReport[] = [];
  const ordered = [...demo].sort((a, b) =>
    (a.report.publishedTime ?? '').localeCompare(b.report.publishedTime ?? ''),
  );
  for (const { report } of ordered) {
    const features = eventFeatures(report);
    const a = assignEvent(report.id, report.title, features, placed);
    placed.push({ id: report.id, title: report.title, features, eventId: a.eventId, storyId: a.storyId });
    out.push({ ...report, eventId: a.eventId, storyId: a.storyId });
  }
  return out;
}

const PARTITIVE = /\bof (?:the|them|those|these)\b/i;

function spanOf(r: ComparableReport, text: string): { start: number; end: number } | null {
  const at = r.text.indexOf(text);
  return at < 0 ? null : { start: at, end: at + text.length };
}

const hit = (c: { start: number; end: number }, s: { start: number; end: number }) =>
  c.start < s.end && s.start < c.end;

/** Scores the engine on the planted differences. */
export function scoreDemo(demo: DemoReport[]): DemoFigures {
  const reports = new Map(assignDemoEvents(demo).map((r) => [r.id, r]));
  const eventOf = new Map(demo.map((d) => [d.report.id, d.event]));
  const out: DemoFigures = {
    figures: 0,
    figuresFound: 0,
    quotes: 0,
    quotesFound: 0,
    crossEventMajor: 0,
    misses: [],
  };
  const diffs = new Map<string, ReturnType<typeof diffReports>>();
  const diffOf = (a: ComparableReport, b: ComparableReport) => {
    const key = `${a.id} ${b.id}`;
    let d = diffs.get(key);
    if (!d) {
      d = diffReports(a, b, { sameEvent: a.eventId === b.eventId });
      diffs.set(key, d);
    }
    return d;
  };
  for (const p of plantedDifferences) {
    if (p.type !== 'figure' && p.type !== 'quote') continue;
    p.occurrences.forEach((x, i) => {
      p.occurrences.slice(i + 1).forEach((y) => {
        if (x.path === y.path) return;
        const a = reports.get(x.path);
        const b = reports.get(y.path);
        const sa = a && spanOf(a, x.text);
        const sb = b && spanOf(b, y.text);
        if (!a || !b || !sa || !sb) throw new Error(`planted ${p.id}: occurrence text not found`);
        const d = diffOf(a, b);
        if (p.type === 'figure') {
          if (x.value === y.value || PARTITIVE.test(x.text) || PARTITIVE.test(y.text)) return;
          out.figures++;
          // The planted disagreement may surface through another sentence stating the same figure.
          const states = (f: Figure, v: number | undefined) => {
            const i = figureInterval(f);
            return v !== undefined && i !== null && i[0] <= v && v <= i[1] + 1;
          };
          const found = d.changedFigures.some(
            (c) =>
              (hit(c.here, sa) && hit(c.there, sb)) ||
              (states(c.hereFigure, x.value) && states(c.thereFigure, y.value)),
          );
          if (found) out.figuresFound++;
          else out.misses.push(`demo figure ${p.id}: ${x.path} / ${y.path}`);
        } else {
          out.quotes++;
          if (d.rewordedQuotes.some((q) => hit(q.hereClaim, sa) && hit(q.thereClaim, sb))) out.quotesFound++;
          else if (x.text.replace(/\W+$/, '') !== y.text.replace(/\W+$/, ''))
            out.misses.push(`demo quote ${p.id}: ${x.path} / ${y.path}`);
          else out.quotes--;
        }
      });
    });
  }
  for (const a of reports.values())
    for (const b of reports.values()) {
      if (a.id === b.id || eventOf.get(a.id) === eventOf.get(b.id)) continue;
      const d = diffOf(a, b);
      out.crossEventMajor += d.changedFigures.filter((c) => c.severity === 'major').length;
    }
  return out;
}
