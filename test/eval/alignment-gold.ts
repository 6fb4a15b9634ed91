/**
 * The alignment and discrepancy gold (test/fixtures/compare/gold/*.json): judged claim pairs and figure
 * disagreements between reports of one event, as report ids and character offsets plus a short
 * description of the fact in our own words. Spans match the engine's claims and figures by overlap.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** A judged claim pair: `same` is true when both sentences state the same fact. */
export interface GoldPair {
  a: string;
  aSpan: [number, number];
  b: string;
  bSpan: [number, number];
  same: boolean;
  about: string;
}

/** A figure disagreement: the figure spans in each report, what they count, and the values. */
export interface GoldFigure {
  a: string;
  aSpan: [number, number];
  b: string;
  bSpan: [number, number];
  what: string;
  values: [number, number];
  about: string;
}

/** One gold file. */
export interface AlignmentGold {
  corpus: 'basil' | 'seeds' | 'demo';
  pairs: GoldPair[];
  figures: GoldFigure[];
}

/** Where the gold files live. */
export const goldDir = join(import.meta.dirname, '../fixtures/compare/gold');

/** Reads one gold file. */
export function readGold(name: string): AlignmentGold {
  return JSON.parse(readFileSync(join(goldDir, name), 'utf8')) as AlignmentGold;
}

/** True when two spans overlap. */
export function overlaps(a: { start: number; end: number }, span: [number, number]): boolean {
  return a.start < span[1] && span[0] < a.end;
}
