import { formatFigure, unitLabel } from '@/lib/panel/format';
import type { Figure } from '@/lib/types';

/** A compact "Wounded: at least 34" label for one figure. */
export function FigureText(props: { figure: Figure }) {
  return (
    <span class="px-badge">
      {unitLabel(props.figure.unit)}: {formatFigure(props.figure)}
    </span>
  );
}
