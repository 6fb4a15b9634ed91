/**
 * Provenance for the reports of one event: which looks like the source, which are rewrites, excerpts or
 * summaries, and which are independent, each verdict with the evidence behind it. The source need not be
 * in the collection: a report that credits an outlet throughout is a rewrite of that outlet's report.
 */
import {
  collectionAliases,
  describeCredits,
  type OwnSignals,
  ownSignals,
  type PairSignals,
  pairSignals,
} from './provenance-signals';
import type { ComparableReport, ProvenanceEntry } from './types';
import { sentenceDocFreq } from './wording';

/** Verbatim reuse above this share of 5-word shingles makes a report a copy or excerpt of another. */
const VERBATIM = 0.5;
/** Paraphrased coverage above this share of sentences, at this length ratio or below, makes a summary. */
const SUMMARY_COVER = 0.4;
const SUMMARY_LENGTH = 0.75;

const pct = (x: number) => `${Math.round(x * 100)}%`;

function wordingEvidence(p: PairSignals): string {
  const w = p.wording;
  const run = w.longestRun >= 6 ? `; longest shared run ${w.longestRun} words ("${w.longestRunText}")` : '';
  return `${w.sentencesCovered}/${w.sentenceCount} sentences match ${p.other.id} (${pct(w.sentenceCover)}), ${pct(w.containment)} verbatim${run}`;
}

function timeEvidence(p: PairSignals): string | null {
  if (p.otherEarlier === null) return null;
  return p.otherEarlier ? `${p.other.id} was published earlier` : `${p.other.id} was published later`;
}

/** The collection's report from a credited outlet that this one matches best, else the outlet's name. */
function creditedTarget(outlet: string, pairs: PairSignals[]): string {
  const same = pairs.filter(
    (p) => p.other.outlet.toLowerCase() === outlet.toLowerCase() && p.otherEarlier !== false,
  );
  same.sort((a, b) => b.wording.sentenceCover - a.wording.sentenceCover);
  return same[0] && same[0].wording.sentenceCover > 0 ? same[0].other.id : outlet;
}

function judge(self: OwnSignals, pairs: PairSignals[]): ProvenanceEntry {
  const id = self.report.id;
  const [top, topCount] = self.creditCounts[0] ?? ['', 0];
  const strong = self.credits.some((c) => c.outlet === top && c.strength !== 'interview');
  const closest = [...pairs].sort((a, b) => b.wording.sentenceCover - a.wording.sentenceCover)[0];
  const ofOutlet = (outlet: string) => creditedTarget(outlet, pairs);

  if (self.blockOutlets.length >= 2 || (self.blockOutlets.length === 1 && self.marks > 0)) {
    const main = self.blockOutlets[0];
    const added = self.creditCounts.map(([o]) => o).filter((o) => o !== main);
    const evidence = [`excerpts ${main}'s report (credited: ${describeCredits(self.credits, main)})`];
    for (const o of added)
      evidence.push(`adds ${o}'s report (credited: ${describeCredits(self.credits, o)})`);
    if (self.marks > 0) evidence.push(`${self.marks} "continue reading" mark${self.marks > 1 ? 's' : ''}`);
    return {
      id,
      role: 'excerpt',
      of: ofOutlet(main),
      confidence: Math.min(0.95, 0.6 + 0.1 * self.blockOutlets.length + 0.05 * self.marks),
      evidence,
    };
  }
  if (topCount >= 2 || (topCount >= 1 && strong)) {
    const evidence = [`rewrite of ${top}'s report (credited: ${describeCredits(self.credits, top)})`];
    const others = self.creditCounts.slice(1).map(([o, n]) => `${o} ×${n}`);
    if (others.length) evidence.push(`also credits ${others.join(', ')}`);
    return {
      id,
      role: 'rewrite',
      of: ofOutlet(top),
      confidence: Math.min(0.95, 0.5 + 0.1 * topCount),
      evidence,
    };
  }
  const copy = pairs.find((p) => p.wording.containment >= VERBATIM && p.otherEarlier !== false);
  if (copy) {
    const role = copy.lengthRatio < 0.9 ? 'excerpt' : 'rewrite';
    const evidence = [wordingEvidence(copy), `length ${pct(copy.lengthRatio)} of ${copy.other.id}`];
    const t = timeEvidence(copy);
    if (t) evidence.push(t);
    return {
      id,
      role,
      of: copy.other.id,
      confidence: Math.min(0.9, 0.4 + copy.wording.containment / 2),
      evidence,
    };
  }
  if (closest && closest.wording.sentenceCover >= SUMMARY_COVER && closest.lengthRatio <= SUMMARY_LENGTH) {
    const evidence = [
      wordingEvidence(closest),
      `length ${pct(closest.lengthRatio)} of ${closest.other.id}`,
      topCount === 0 ? 'credits no outlet' : `credits only ${top} ×${topCount}`,
    ];
    if (closest.droppedAttributions > 0)
      evidence.push(
        `${closest.droppedAttributions} claim(s) sourced in ${closest.other.id} appear here with no source`,
      );
    const t = timeEvidence(closest);
    if (t) evidence.push(t);
    return {
      id,
      role: 'summary',
      of: closest.other.id,
      confidence: Math.min(0.9, 0.3 + closest.wording.sentenceCover * 0.6),
      evidence,
    };
  }
  return {
    id,
    role: 'independent',
    confidence: 0.5,
    evidence: [closest ? wordingEvidence(closest) : 'no other report to compare'],
  };
}

const ROLE_ARTICLE: Record<ProvenanceEntry['role'], string> = {
  source: 'the source',
  rewrite: 'a rewrite',
  excerpt: 'an excerpt',
  summary: 'a summary',
  independent: 'independent reporting',
};

function timeOf(reports: ComparableReport[], id: string): number {
  const t = Date.parse(reports.find((r) => r.id === id)?.publishedTime ?? '');
  return Number.isNaN(t) ? Number.POSITIVE_INFINITY : t;
}

/** Estimates the role of each report among the reports of one event. */
export function estimateProvenance(reports: ComparableReport[]): ProvenanceEntry[] {
  const aliases = collectionAliases(reports);
  const own = reports.map((r) => ownSignals(r, aliases));
  const sentenceFreq = sentenceDocFreq(reports.map((r) => r.text));
  const entries = own.map((self, i) => {
    const pairs = own.filter((_, j) => j !== i).map((other) => pairSignals(self, other, sentenceFreq));
    return judge(self, pairs);
  });
  // A report that others are built on, and that is built on nothing itself, looks like the source. One
  // event has one source: when several qualify, the one most others build on (then the earliest) wins.
  const built = (e: ProvenanceEntry) => {
    const outlet = reports.find((r) => r.id === e.id)?.outlet;
    return entries.filter((d) => d.id !== e.id && (d.of === e.id || d.of === outlet));
  };
  const candidates = entries
    .filter((e) => e.role === 'independent' && built(e).length > 0)
    .sort((a, b) => built(b).length - built(a).length || timeOf(reports, a.id) - timeOf(reports, b.id));
  const source = candidates[0];
  if (source) {
    const on = built(source);
    source.role = 'source';
    source.confidence = Math.min(0.9, 0.5 + 0.15 * on.length);
    source.evidence.unshift(on.map((d) => `${d.id} reads as ${ROLE_ARTICLE[d.role]} of it`).join('; '));
  }
  // Summaries of a derived report are summaries of its upstream: say so, keeping the link.
  for (const e of entries) {
    if (e.role !== 'summary' || !e.of) continue;
    const via = entries.find((d) => d.id === e.of);
    if (via && (via.role === 'rewrite' || via.role === 'excerpt') && via.of && via.of !== e.id) {
      e.evidence.push(`${via.id} is itself a ${via.role} of ${via.of}`);
      e.of = via.of;
    }
  }
  return entries;
}
