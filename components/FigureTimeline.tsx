import type { StoryTimeline } from '@/lib/compare/types';
import { formatDate, unitLabel } from '@/lib/panel/format';
import { chartPoints } from '@/lib/panel/story-view';

const W = 320;

/** Keeps x-axis labels inside the chart: "This article (Harbor Wire)" → "This article", long names cut. */
function axisName(name: string): string {
  const n = name.replace(/^This article.*/, 'This article');
  return n.length > 14 ? `${n.slice(0, 13)}…` : n;
}
const H = 120;
const PAD = { l: 44, r: 44, t: 18, b: 22 };

/** The story's reports in time order, and a small labelled line chart per counted figure. */
export function FigureTimeline(props: { timeline: StoryTimeline; names: Map<string, string> }) {
  const t = props.timeline;
  const units = Object.entries(t.series).filter(([, pts]) => pts.length >= 2);
  const px = (x: number) => PAD.l + x * (W - PAD.l - PAD.r);
  const py = (y: number) => H - PAD.b - y * (H - PAD.t - PAD.b);
  return (
    <div>
      <ol class="px-list">
        {t.entries.map((e) => (
          <li key={e.id}>
            <span class="px-meta">
              {e.time ? formatDate(e.time) : 'undated'}
              {e.timeSource === 'saved' ? ' (saved)' : ''}
            </span>{' '}
            <strong>{props.names.get(e.id) ?? e.outlet}</strong>: {e.title}
          </li>
        ))}
      </ol>
      {units.map(([unit, pts]) => {
        const { points, max } = chartPoints(t, pts);
        const label = `${unitLabel(unit)} over time: ${points.map((p) => `${props.names.get(p.reportId) ?? p.reportId} ${p.label}`).join(', ')}`;
        return (
          <figure key={unit} style={{ margin: '0.75rem 0' }}>
            <figcaption>
              <strong>{unitLabel(unit)}</strong> <span class="px-meta">as reported over time</span>
            </figcaption>
            <svg class="px-chart" viewBox={`0 0 ${W} ${H}`} role="img" aria-label={label}>
              <line x1={PAD.l} x2={W - PAD.r} y1={py(0)} y2={py(0)} stroke="currentColor" opacity="0.3" />
              <text x={PAD.l - 6} y={py(1) + 4} text-anchor="end">
                {Math.round(max)}
              </text>
              <text x={PAD.l - 6} y={py(0) + 4} text-anchor="end">
                0
              </text>
              <polyline
                fill="none"
                stroke="var(--accent)"
                stroke-width="2"
                points={points.map((p) => `${px(p.x)},${py(p.y)}`).join(' ')}
              />
              {points.map((p) => (
                <g key={`${p.reportId}-${p.label}`}>
                  <circle cx={px(p.x)} cy={py(p.y)} r="4" fill="var(--accent)" />
                  <text x={px(p.x)} y={py(p.y) - 8} text-anchor="middle">
                    {p.short}
                  </text>
                  <text x={px(p.x)} y={H - 6} text-anchor="middle">
                    {axisName(props.names.get(p.reportId) ?? '')}
                  </text>
                </g>
              ))}
            </svg>
          </figure>
        );
      })}
    </div>
  );
}
