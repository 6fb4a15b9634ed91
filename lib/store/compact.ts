/**
 * Report ↔ stored row. Compaction drops only what can be re-derived exactly from the report text, so
 * `fromRow(toRow(r))` equals `r` for every report, including ones imported from elsewhere.
 */
import { makeSelector } from '@/lib/anchor/selector';
import type { Actor, Claim, Figure, Mention, Report, StoredClaim, TextQuoteSelector } from '@/lib/types';
import { fromColumns, toColumns } from './columns';
import { lshBands } from './fingerprint';
import type { ActorRow, ClaimRow, FigureRow, IndexFields, ReportRow } from './rows';
import { articleTerms } from './terms';

/**
 * Flattens spans to [start, length, gap, length, …], each gap measured from the previous span's end:
 * small numbers instead of repeated large offsets. Any spans round-trip, sorted or not.
 */
export function flatSpans(spans: { start: number; end: number }[]): number[] {
  const out: number[] = [];
  let prevEnd = 0;
  for (const s of spans) {
    out.push(s.start - prevEnd, s.end - s.start);
    prevEnd = s.end;
  }
  return out;
}

/** Rebuilds spans from `flatSpans` output. */
export function unflatSpans(flat: number[]): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let prevEnd = 0;
  for (let i = 0; i + 1 < flat.length; i += 2) {
    const start = prevEnd + flat[i];
    prevEnd = start + flat[i + 1];
    out.push({ start, end: prevEnd });
  }
  return out;
}

function sameSelector(a: TextQuoteSelector, b: TextQuoteSelector): boolean {
  return (
    a.exact === b.exact &&
    a.prefix === b.prefix &&
    a.suffix === b.suffix &&
    a.start === b.start &&
    a.end === b.end
  );
}

function actorToRow(text: string, actor: Actor): ActorRow {
  const { mentions, ...rest } = actor;
  const row: ActorRow = { ...rest, m: flatSpans(mentions) };
  mentions.forEach((m: Mention, i) => {
    if (m.compound !== undefined) row.c = [...(row.c ?? []), m.compound ? i : -1 - i];
    if (m.text !== text.slice(m.start, m.end)) row.t = { ...row.t, [i]: m.text };
  });
  return row;
}

function actorFromRow(text: string, row: ActorRow): Actor {
  const { m, c, t, ...rest } = row;
  const mentions: Mention[] = unflatSpans(m).map((s, i) => ({
    ...s,
    text: t?.[i] ?? text.slice(s.start, s.end),
  }));
  // Non-negative entries mark compound mentions; -1-i records an explicit `compound: false`.
  for (const k of c ?? []) {
    if (k >= 0) mentions[k].compound = true;
    else mentions[-1 - k].compound = false;
  }
  return { ...rest, mentions };
}

function figureToRow(text: string, f: Figure): FigureRow {
  const { text: ft, ...rest } = f;
  return ft === text.slice(f.start, f.end) ? rest : { ...rest, text: ft };
}

/** Interns strings into a shared word list; claims repeat the same terms and ids many times. */
class Words {
  readonly list: string[] = [];
  private readonly index = new Map<string, number>();
  ref(s: string): number {
    let i = this.index.get(s);
    if (i === undefined) {
      i = this.list.length;
      this.list.push(s);
      this.index.set(s, i);
    }
    return i;
  }
}

function claimToRow(text: string, claim: StoredClaim, words: Words): ClaimRow {
  const { text: ct, start, end, quotes, figures, selector, fingerprint, actorIds, ...rest } = claim;
  const row: ClaimRow = {
    ...rest,
    s: start,
    e: end,
    q: flatSpans(quotes),
    fp: fingerprint.map((t) => words.ref(t)),
    ai: actorIds.map((t) => words.ref(t)),
    figures: figures.map((f) => figureToRow(text, f)),
  };
  if (ct !== text.slice(start, end)) row.text = ct;
  if (!sameSelector(selector, makeSelector(text, { start, end }))) row.selector = selector;
  return row;
}

function claimFromRow(text: string, row: ClaimRow, words: string[]): StoredClaim {
  const { s, e, q, fp, ai, figures, text: ct, selector, ...rest } = row;
  const figs: Figure[] = figures.map((f) => ({ ...f, text: f.text ?? text.slice(f.start, f.end) }));
  const claim: Claim = {
    ...rest,
    start: s,
    end: e,
    text: ct ?? text.slice(s, e),
    quotes: unflatSpans(q),
    figures: figs,
    fingerprint: fp.map((i) => words[i]),
    actorIds: ai.map((i) => words[i]),
  };
  return { ...claim, selector: selector ?? makeSelector(text, { start: s, end: e }) };
}

/** The multiEntry index values of a report; a syndicated copy indexes nothing (its original does). */
export function indexFields(report: Report): IndexFields {
  if (report.sameTextAs) return { actorIds: [], terms: [], topicIds: [], lshBands: [] };
  return {
    actorIds: [...new Set(report.actors.map((a) => a.id))],
    terms: articleTerms(report.title, report.text),
    topicIds: report.topics.filter((t) => t.match).map((t) => t.id),
    lshBands: lshBands(report.fingerprint),
  };
}

/** The stored row of a report. */
export function toRow(report: Report): ReportRow {
  const { paragraphs, actors, claims, ...rest } = report;
  const words = new Words();
  return {
    ...rest,
    p: flatSpans(paragraphs),
    actors: toColumns(actors.map((a) => actorToRow(report.text, a))),
    claims: toColumns(claims.map((c) => claimToRow(report.text, c, words))),
    w: words.list,
    ...indexFields(report),
  };
}

/** The report a stored row holds. A syndicated copy borrows text and analysis from its `original`. */
export function fromRow(row: ReportRow, original?: ReportRow): Report {
  const { p, w, actors, claims, actorIds: _a, terms: _t, topicIds: _ti, lshBands: _l, ...rest } = row;
  const report: Report = {
    ...rest,
    paragraphs: unflatSpans(p),
    actors: fromColumns<ActorRow>(actors).map((a) => actorFromRow(row.text, a)),
    claims: fromColumns<ClaimRow>(claims).map((c) => claimFromRow(row.text, c, w)),
  };
  if (!original || !row.sameTextAs) return report;
  const full = fromRow(original);
  return {
    ...report,
    text: full.text,
    paragraphs: full.paragraphs,
    topics: full.topics,
    actors: full.actors,
    claims: full.claims,
  };
}
