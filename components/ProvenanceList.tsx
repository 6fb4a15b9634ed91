import type { ProvenanceEntry } from '@/lib/compare/types';
import { nameIds } from '@/lib/panel/story-view';

const ROLE_TEXT: Record<ProvenanceEntry['role'], string> = {
  source: 'looks like the source',
  rewrite: 'a rewrite',
  excerpt: 'an excerpt',
  summary: 'a summary',
  independent: 'independent reporting',
};

/** Each report's provenance verdict with the evidence behind it. */
export function ProvenanceList(props: { entries: ProvenanceEntry[]; names: Map<string, string> }) {
  const order = ['source', 'independent', 'rewrite', 'excerpt', 'summary'];
  const sorted = [...props.entries].sort((a, b) => order.indexOf(a.role) - order.indexOf(b.role));
  return (
    <ul class="px-list">
      {sorted.map((e) => (
        <li key={e.id}>
          <div>
            <strong>{props.names.get(e.id) ?? e.id}</strong>: {ROLE_TEXT[e.role]}
            {e.of && <> of {props.names.get(e.of) ?? e.of}</>}{' '}
            <span class="px-meta">({Math.round(e.confidence * 100)}% confident)</span>
          </div>
          {e.evidence.length > 0 && (
            <ul class="px-meta">
              {e.evidence.map((ev) => (
                <li key={ev}>{nameIds(ev, props.names)}</li>
              ))}
            </ul>
          )}
        </li>
      ))}
    </ul>
  );
}
