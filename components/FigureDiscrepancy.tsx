import type { FigureChange } from '@/lib/compare/types';
import { formatFigure, unitLabel } from '@/lib/panel/format';

/** A red-bordered card for a figure that disagrees: "Wounded: 34 here vs ≈24 in Harbor Wire". */
export function FigureDiscrepancy(props: { change: FigureChange; otherOutlet: string }) {
  const c = props.change;
  return (
    <section
      class={c.severity === 'development' ? 'px-development' : 'px-discrepancy'}
      aria-label={`${c.severity === 'development' ? 'Figure development' : 'Figure discrepancy'}: ${unitLabel(c.what)}`}
    >
      <div class="px-discrepancy-head">
        {unitLabel(c.what)}: {formatFigure(c.hereFigure)} <span class="px-vs">here vs</span>{' '}
        {formatFigure(c.thereFigure)} <span class="px-vs">in {props.otherOutlet}</span>
        {c.severity === 'development' && (
          <span class="px-badge" style={{ marginLeft: '0.4rem' }}>
            development over time
          </span>
        )}
        {c.severity === 'major' && (
          <span class="px-badge" style={{ marginLeft: '0.4rem' }}>
            major
          </span>
        )}
      </div>
      <details>
        <summary class="px-meta">Both sentences</summary>
        <p>
          <strong>Here:</strong> {c.here.text}
        </p>
        <p>
          <strong>{props.otherOutlet}:</strong> {c.there.text}
        </p>
      </details>
    </section>
  );
}
