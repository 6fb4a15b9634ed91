/**
 * The coverage matrix of a story: rows are claims aligned across all its reports, columns are the reports
 * (by outlet), and each cell says whether the report states the claim, contradicts it (aligned, but a
 * figure disagrees or one side denies it) or leaves it out.
 */
import type { Claim } from '@/lib/types';
import { ALIGN_THRESHOLD, claimDocFreq, claimSimilarity } from './align';
import { type ClaimFeatures, reportFeatures } from './features';
import { disagreeingFigures } from './figures';
import type { ComparableReport, CoverageDifference, CoverageMatrix, CoverageRow } from './types';

interface Row {
  members: Map<string, ClaimFeatures>;
  order: number;
}

function conflicts(a: Claim, b: Claim): boolean {
  return (
    disagreeingFigures(a.figures, b.figures).length > 0 ||
    a.kinds.includes('denial') !== b.kinds.includes('denial')
  );
}

function difference(theirs: Claim, ours: Claim, against: string): CoverageDifference {
  const pairs = disagreeingFigures(theirs.figures, ours.figures).map(([t, o]) => ({ theirs: t, ours: o }));
  return pairs.length > 0
    ? { kind: 'figures', pairs, against }
    : { kind: 'denial', denies: theirs.kinds.includes('denial'), against };
}

function toRow(row: Row, ids: string[]): CoverageRow {
  const members = [...row.members];
  const cells: CoverageRow['cells'] = {};
  for (const id of ids) cells[id] = { cell: 'absent' };
  const contradicted = members.map(([, f], i) => {
    const against = members.filter(([, g], j) => j !== i && conflicts(f.claim, g.claim)).length;
    const others = members.length - 1;
    // The minority view is the contradiction; in a tie the earlier report stands.
    return others > 0 && (against * 2 > others || (against * 2 === others && i > 0));
  });
  // The row reads as the view that stands, so no report is shown contradicting its own words.
  const lead = members[Math.max(0, contradicted.indexOf(false))][1].claim;
  members.forEach(([id, f], i) => {
    if (!contradicted[i]) {
      cells[id] = { cell: 'stated', claimId: f.claim.id };
      return;
    }
    // Say what differs against a report it actually conflicts with, the standing view first.
    const order = members.map((m, j) => ({ m, j })).sort((x, y) => +contradicted[x.j] - +contradicted[y.j]);
    const other = order.find(({ m, j }) => j !== i && conflicts(f.claim, m[1].claim))?.m ?? members[0];
    cells[id] = {
      cell: 'contradicted',
      claimId: f.claim.id,
      differs: difference(f.claim, other[1].claim, other[0]),
    };
  });
  return { label: lead.text, cells };
}

/** Claims aligned across all reports × reports, ordered by how many reports state each claim. */
export function coverageMatrix(reports: ComparableReport[]): CoverageMatrix {
  const freq = claimDocFreq(reports);
  const rows: Row[] = [];
  for (const report of reports) {
    const taken = new Set<Row>();
    const scored: { f: ClaimFeatures; row: Row | null; s: number }[] = [];
    for (const f of reportFeatures(report).claims) {
      for (const row of rows) {
        let s = 0;
        for (const m of row.members.values()) s = Math.max(s, claimSimilarity(f, m, freq));
        if (s >= ALIGN_THRESHOLD) scored.push({ f, row, s });
      }
    }
    scored.sort((a, b) => b.s - a.s);
    const placed = new Set<ClaimFeatures>();
    for (const { f, row } of scored) {
      if (!row || placed.has(f) || taken.has(row)) continue;
      row.members.set(report.id, f);
      taken.add(row);
      placed.add(f);
    }
    for (const f of reportFeatures(report).claims) {
      if (placed.has(f)) continue;
      // A second wording of a claim this report already placed is a paraphrase: it joins no new row.
      const again = scored.some((x) => x.f === f && x.row && x.row.members.get(report.id) !== undefined);
      const own = rows.find(
        (r) =>
          r.members.has(report.id) && claimSimilarity(f, r.members.get(report.id)!, freq) >= ALIGN_THRESHOLD,
      );
      if (again || own) continue;
      rows.push({ members: new Map([[report.id, f]]), order: rows.length });
    }
  }
  rows.sort((a, b) => b.members.size - a.members.size || a.order - b.order);
  const ids = reports.map((r) => r.id);
  return {
    columns: reports.map((r) => ({ id: r.id, outlet: r.outlet, title: r.title })),
    rows: rows.map((r) => toRow(r, ids)),
  };
}
