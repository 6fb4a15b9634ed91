/**
 * The evidence provenance is judged on, per report and per pair of reports: explicit credits, excerpt
 * marks, shared wording, relative length, publish order and attributions dropped between them.
 */

import { contentTerms } from '@/lib/text/terms';
import { alignClaims } from './align';
import { type Credit, excerptMarks, findCredits, mediaAliases } from './credits';
import { claimTerms, reportFeatures } from './features';
import type { ComparableReport } from './types';
import type { DocFreq } from './weights';
import { coveringSentence, type SharedWording, sharedWording, wordCount } from './wording';

/** What one report says about its own sources. */
export interface OwnSignals {
  report: ComparableReport;
  credits: Credit[];
  /** Outlets credited, most credited first. */
  creditCounts: [string, number][];
  /** Outlets introduced by a "<Outlet> reports:" block, in order. */
  blockOutlets: string[];
  marks: number;
  words: number;
  time: number | null;
}

/** How one report relates to another one. */
export interface PairSignals {
  other: ComparableReport;
  wording: SharedWording;
  /** This report's length over the other's. */
  lengthRatio: number;
  /** Claims sourced in the other that appear here with no source. */
  droppedAttributions: number;
  /** True when the other was published (or saved) earlier. */
  otherEarlier: boolean | null;
}

/** Collects a report's own credits and marks. */
export function ownSignals(report: ComparableReport, aliases: Map<string, string>): OwnSignals {
  // The title is scanned too: plain-text reports often carry their first paragraph, or a credit, there.
  const credits = findCredits(`${report.title}\n${report.text}`, aliases, report.outlet);
  const counts = new Map<string, number>();
  for (const c of credits) counts.set(c.outlet, (counts.get(c.outlet) ?? 0) + 1);
  const blockOutlets = [...new Set(credits.filter((c) => c.strength === 'block').map((c) => c.outlet))];
  return {
    report,
    credits,
    creditCounts: [...counts].sort((a, b) => b[1] - a[1]),
    blockOutlets,
    marks: excerptMarks(report.text),
    words: wordCount(report.text),
    time: reportFeatures(report).time,
  };
}

const ATTRIBUTION_CUE =
  /\b(?:said|says|told|according|reported|reports|stated|announced|noted|confirmed|added|warned|claimed|cited|citing)\b/i;

/** Compares one report with another. */
export function pairSignals(self: OwnSignals, other: OwnSignals, sentenceFreq?: DocFreq): PairSignals {
  const alignment = alignClaims(self.report, other.report);
  let droppedAttributions = alignment.pairs.filter(
    (p) => p.here.source.kind === 'none' && p.there.source.kind !== 'none',
  ).length;
  // A summary often keeps a sourced statement as plain prose, which the analyser then does not take for a
  // claim at all: look for the statement's content among this report's sentences, with no attribution cue.
  if (sentenceFreq) {
    const aligned = new Set(alignment.pairs.map((p) => p.there.id));
    for (const c of other.report.claims) {
      if (c.source.kind === 'none' || aligned.has(c.id)) continue;
      // The statement without its attribution: the source's words are exactly what a summary drops.
      const terms = claimTerms(c);
      for (const t of contentTerms(`${c.source.name ?? ''} ${c.source.cue ?? ''}`)) terms.delete(t);
      const sentence = coveringSentence(terms, self.report.text, sentenceFreq);
      if (sentence && !ATTRIBUTION_CUE.test(sentence)) droppedAttributions++;
    }
  }
  return {
    other: other.report,
    wording: sharedWording(self.report.text, other.report.text, sentenceFreq),
    lengthRatio: other.words === 0 ? 0 : self.words / other.words,
    droppedAttributions,
    otherEarlier: self.time === null || other.time === null ? null : other.time < self.time,
  };
}

/** Media aliases over all the reports, so an outlet is recognised wherever it was found. */
export function collectionAliases(reports: ComparableReport[]): Map<string, string> {
  const all = new Map<string, string>();
  for (const r of reports) for (const [k, v] of mediaAliases(r.actors)) all.set(k, v);
  for (const r of reports) if (r.outlet) all.set(r.outlet.toLowerCase(), r.outlet);
  return all;
}

/** "×4: 'told CNN' ×3, 'CNN reports:'" — how often and with which phrases a text credits one outlet. */
export function describeCredits(credits: Credit[], outlet: string): string {
  const phrases = new Map<string, number>();
  const total = credits.filter((c) => c.outlet === outlet).length;
  for (const c of credits) {
    if (c.outlet !== outlet) continue;
    const p = c.phrase.replace(/\s+/g, ' ');
    phrases.set(p, (phrases.get(p) ?? 0) + 1);
  }
  const list = [...phrases]
    .sort((a, b) => b[1] - a[1])
    .map(([p, n]) => `'${p}'${n > 1 ? ` ×${n}` : ''}`)
    .join(', ');
  return `×${total}: ${list}`;
}
