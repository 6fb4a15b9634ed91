import type { CoverageCell, CoverageMatrix } from '@/lib/compare/types';

const CELL: Record<CoverageCell, { symbol: string; text: string }> = {
  stated: { symbol: '✓', text: 'stated' },
  contradicted: { symbol: '✗', text: 'contradicts' },
  absent: { symbol: '–', text: 'absent' },
};

/** Claims × outlets; each cell carries a symbol, a colour and a word so none of them is needed alone. */
export function CoverageTable(props: { matrix: CoverageMatrix; names: Map<string, string> }) {
  const m = props.matrix;
  if (m.rows.length === 0) return <p class="px-meta">No claims to compare yet.</p>;
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a sideways-scrolling table must be reachable by keyboard.
    <section class="px-scroll-x" aria-label="Coverage matrix, scrolls sideways" tabIndex={0}>
      <table class="px-matrix">
        <caption class="px-sr">Which report states each claim</caption>
        <thead>
          <tr>
            <th scope="col">Claim</th>
            {m.columns.map((c) => (
              <th scope="col" key={c.id} title={c.title}>
                {props.names.get(c.id) ?? c.outlet}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {m.rows.map((row) => (
            <tr key={row.label}>
              <th scope="row">{row.label}</th>
              {m.columns.map((c) => {
                const cell = row.cells[c.id]?.cell ?? 'absent';
                return (
                  <td key={c.id} class={`px-cell px-cell-${cell}`}>
                    <span aria-hidden="true">{CELL[cell].symbol} </span>
                    {CELL[cell].text}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
