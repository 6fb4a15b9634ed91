import type { FigurePoint, StoryTimeline } from '@/lib/compare/types';
import { chartPoints, spreadLabels } from '@/lib/panel/chart';
import { formatDate, unitLabel } from '@/lib/panel/format';

const W = 320;
const H = 120;
const PAD = { l: 16, r: 16, t: 22, b: 22 };
/** Width of one character of an 11 px chart label, near enough to keep labels apart. */
const CHAR = 6.6;

/** A chart's title: the counted thing ("Wounded"), or for a bare number the claim it comes from. */
function chartTitle(unit: string, pts: FigurePoint[]): string {
  if (unit.trim()) return unitLabel(unit);
  const words = (pts[0]?.claimText ?? '').split(/\s+/).filter(Boolean);
  return `“${words.slice(0, 7).join(' ')}${words.length > 7 ? '…' : ''}”`;
}

/** The story's reports in time order, and a small labelled chart per counted figure, spaced by date. */
export function FigureTimeline(props: { timeline: StoryTimeline; names: Map<string, string> }) {
  const t = props.timeline;
  const units = Object.entries(t.series).filter(([, pts]) => new Set(pts.map((p) => p.reportId)).size >= 2);
  const px = (x: number) => PAD.l + x * (W - PAD.l - PAD.r);
  const py = (y: number) => H - PAD.b - y * (H - PAD.t - PAD.b);
  const name = (id: string) => props.names.get(id) ?? id;
  return (
    <div>
      <ol class="px-list">
        {t.entries.map((e) => (
          <li key={e.id}>
            <span class="px-meta">
              {e.time ? formatDate(e.time) : 'undated'}
              {e.timeSource === 'saved' ? ' (saved)' : ''}
            </span>{' '}
            <strong>{name(e.id)}</strong>: {e.title}
          </li>
        ))}
      </ol>
      {units.map(([unit, pts]) => {
        const { points, ends } = chartPoints(t, pts);
        const title = chartTitle(unit, pts);
        const widths = points.map((p) => p.short.length * CHAR);
        const labelX = spreadLabels(
          points.map((p) => px(p.x)),
          widths,
          0,
          W,
        );
        const label = `${title} as reported: ${points.map((p) => `${name(p.reportId)} ${p.label}`).join(', ')}`;
        return (
          <figure key={unit} class="px-figure">
            <figcaption>
              <strong>{title}</strong> <span class="px-meta">as reported over time</span>
            </figcaption>
            <svg class="px-chart" viewBox={`0 0 ${W} ${H}`} role="img" aria-label={label}>
              <line x1={PAD.l} x2={W - PAD.r} y1={py(0)} y2={py(0)} stroke="currentColor" opacity="0.3" />
              {ends && (
                <>
                  <text x={PAD.l} y={H - 6} text-anchor="start">
                    {ends[0]}
                  </text>
                  {ends[1] !== ends[0] && (
                    <text x={W - PAD.r} y={H - 6} text-anchor="end">
                      {ends[1]}
                    </text>
                  )}
                </>
              )}
              <polyline
                fill="none"
                stroke="var(--accent)"
                stroke-width="2"
                points={points.map((p) => `${px(p.x)},${py(p.y)}`).join(' ')}
              />
              {points.map((p, i) => (
                <g key={p.reportId}>
                  {p.yLow !== null && (
                    <line
                      x1={px(p.x)}
                      x2={px(p.x)}
                      y1={py(p.yLow)}
                      y2={py(p.y)}
                      stroke="var(--accent)"
                      stroke-width="6"
                      stroke-linecap="round"
                      opacity="0.35"
                    />
                  )}
                  <circle cx={px(p.x)} cy={py(p.y)} r="4" fill="var(--accent)" />
                  <text x={labelX[i]} y={py(p.y) - 9} text-anchor="middle">
                    {p.short}
                  </text>
                </g>
              ))}
            </svg>
            <ol class="px-chart-legend">
              {points.map((p) => (
                <li key={p.reportId}>
                  <strong>{p.label}</strong> <span class="px-meta">{name(p.reportId)}</span>
                </li>
              ))}
            </ol>
          </figure>
        );
      })}
    </div>
  );
}
