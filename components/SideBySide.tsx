import { useMemo, useState } from 'preact/hooks';
import type { ComparableReport } from '@/lib/compare/types';
import { formatSource, knownDate, metaLine } from '@/lib/panel/format';
import { sideBySideRows } from '@/lib/panel/side-by-side';
import type { Claim } from '@/lib/types';
import { FigureText } from './FigureText';

function Cell(props: { claim: Claim | null; name: string; other: string }) {
  const c = props.claim;
  return (
    <div class={`px-sbs-cell${c ? '' : ' px-sbs-empty'}`}>
      <div class="px-sbs-who">{props.name}</div>
      {c ? (
        <>
          <div>{c.text}</div>
          <div class="px-kinds">
            <span class="px-badge">{formatSource(c.source)}</span>
            {c.figures.map((f) => (
              <FigureText key={f.start} figure={f} />
            ))}
          </div>
        </>
      ) : (
        <div class="px-meta">
          Not in {props.name} (only in {props.other})
        </div>
      )}
    </div>
  );
}

/** Two reports picked from a list; claims that say the same thing share a row, the rest stay in place. */
export function SideBySide(props: { reports: ComparableReport[]; names: Map<string, string> }) {
  const [a, setA] = useState(0);
  const [b, setB] = useState(Math.min(1, props.reports.length - 1));
  const left = props.reports[a];
  const right = props.reports[b];
  const rows = useMemo(() => (left && right ? sideBySideRows(left, right) : []), [left, right]);
  if (props.reports.length < 2) return null;
  const name = (r: ComparableReport) => props.names.get(r.id) ?? r.outlet;
  const pick = (label: string, value: number, set: (n: number) => void) => (
    <label class="px-field">
      {label}
      <select value={value} onChange={(e) => set(Number((e.target as HTMLSelectElement).value))}>
        {props.reports.map((r, i) => (
          <option key={r.id} value={i} title={r.title}>
            {name(r)}
          </option>
        ))}
      </select>
    </label>
  );
  const matched = rows.filter((r) => r.left && r.right).length;
  return (
    <div>
      <div class="px-grid-2">
        {pick('Left', a, setA)}
        {pick('Right', b, setB)}
      </div>
      <p class="px-meta">
        {metaLine(
          `${matched} claims in both`,
          `${rows.length - matched} in one only`,
          knownDate(left.publishedTime) && `${name(left)}: ${knownDate(left.publishedTime)}`,
          knownDate(right.publishedTime) && `${name(right)}: ${knownDate(right.publishedTime)}`,
        )}
      </p>
      <div class="px-sbs-head" aria-hidden="true">
        <strong>{name(left)}</strong>
        <strong>{name(right)}</strong>
      </div>
      <ol class="px-sbs" aria-label={`${name(left)} and ${name(right)}, claim by claim`}>
        {rows.map((r) => (
          <li
            key={`${r.left?.id ?? ''}|${r.right?.id ?? ''}`}
            class={`px-sbs-row${r.left && r.right ? ' px-sbs-both' : ''}`}
          >
            <Cell claim={r.left} name={name(left)} other={name(right)} />
            <Cell claim={r.right} name={name(right)} other={name(left)} />
          </li>
        ))}
      </ol>
    </div>
  );
}
