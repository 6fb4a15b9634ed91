import { useState } from 'preact/hooks';
import type { ComparableReport } from '@/lib/compare/types';
import { formatDate, formatSource } from '@/lib/panel/format';
import { FigureText } from './FigureText';

function Column(props: { report: ComparableReport }) {
  const r = props.report;
  return (
    <div class="px-card">
      <div class="px-meta">
        {r.outlet} · {formatDate(r.publishedTime)}
      </div>
      <h3>{r.title}</h3>
      <ul class="px-list">
        {r.claims.map((c) => (
          <li key={c.id}>
            <div>{c.text}</div>
            <div class="px-kinds">
              <span class="px-badge">{formatSource(c.source)}</span>
              {c.figures.map((f) => (
                <FigureText key={f.start} figure={f} />
              ))}
            </div>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** Two reports picked from a list, their claims in two columns (stacked when the panel is narrow). */
export function SideBySide(props: { reports: ComparableReport[] }) {
  const [a, setA] = useState(0);
  const [b, setB] = useState(Math.min(1, props.reports.length - 1));
  if (props.reports.length < 2) return null;
  const pick = (label: string, value: number, set: (n: number) => void) => (
    <label class="px-field">
      {label}
      <select value={value} onChange={(e) => set(Number((e.target as HTMLSelectElement).value))}>
        {props.reports.map((r, i) => (
          <option key={r.id} value={i}>
            {r.outlet}: {r.title}
          </option>
        ))}
      </select>
    </label>
  );
  return (
    <div>
      <div class="px-grid-2">
        {pick('Left', a, setA)}
        {pick('Right', b, setB)}
      </div>
      <div class="px-side" style={{ marginTop: '0.75rem' }}>
        <Column report={props.reports[a]} />
        <Column report={props.reports[b]} />
      </div>
    </div>
  );
}
