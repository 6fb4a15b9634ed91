import { useState } from 'preact/hooks';
import type { CoverageDifference, CoverageMatrix } from '@/lib/compare/types';
import { formatFigure, plural } from '@/lib/panel/format';

/** Rows shown before "Show all": enough for the widely told claims, short enough to scroll past. */
const FIRST = 8;

/** What a contradicting report says instead: "says 25 wounded, not at least 34", "denies it". */
export function describeDifference(d: CoverageDifference | undefined, name: (id: string) => string): string {
  if (!d) return 'tells it differently';
  const who = name(d.against);
  if (d.kind === 'denial') return d.denies ? `denies what ${who} reports` : `reports what ${who} denies`;
  return `says ${d.pairs
    .map((p) => `${`${formatFigure(p.theirs)} ${p.theirs.unit}`.trim()} (${who}: ${formatFigure(p.ours)})`)
    .join('; ')}`;
}

/**
 * Which report states each claim, as a list that fits a side panel: each claim with the reports that
 * state it, the ones that contradict it and what they say instead, and the ones that leave it out.
 */
export function CoverageTable(props: { matrix: CoverageMatrix; names: Map<string, string> }) {
  const [all, setAll] = useState(false);
  const m = props.matrix;
  if (m.rows.length === 0) return <p class="px-meta">No claims to compare yet.</p>;
  const name = (id: string) => props.names.get(id) ?? m.columns.find((c) => c.id === id)?.outlet ?? id;
  const rows = all ? m.rows : m.rows.slice(0, FIRST);
  return (
    <div>
      <p class="px-meta">
        {plural(m.rows.length, 'claim')} across {plural(m.columns.length, 'report')}; the most widely told
        first.
      </p>
      <ul class="px-list px-coverage">
        {rows.map((row) => {
          const cells = Object.entries(row.cells);
          const stated = cells.filter(([, c]) => c.cell === 'stated').map(([id]) => name(id));
          const against = cells.filter(([, c]) => c.cell === 'contradicted');
          const absent = cells.filter(([, c]) => c.cell === 'absent').map(([id]) => name(id));
          return (
            <li key={row.label}>
              <div class="px-claim-text">{row.label}</div>
              {stated.length > 0 && (
                <div class="px-cov-line px-cov-stated">
                  <span aria-hidden="true">✓ </span>Stated by {stated.join(', ')}
                </div>
              )}
              {against.map(([id, c]) => (
                <div key={id} class="px-cov-line px-cov-contradicted">
                  <span aria-hidden="true">✗ </span>
                  {name(id)} {describeDifference(c.differs, name)}
                </div>
              ))}
              {absent.length > 0 && (
                <div class="px-cov-line px-meta">
                  <span aria-hidden="true">– </span>Not in {absent.join(', ')}
                </div>
              )}
            </li>
          );
        })}
      </ul>
      {m.rows.length > FIRST && (
        <button type="button" class="px-btn" aria-expanded={all} onClick={() => setAll(!all)}>
          {all ? `Show the first ${FIRST}` : `Show all ${m.rows.length} claims`}
        </button>
      )}
    </div>
  );
}
