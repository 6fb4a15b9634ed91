import type { Related } from '@/lib/compare/types';
import { formatDate, knownDate, metaLine, plural } from '@/lib/panel/format';
import { safeHttpUrl } from '@/lib/panel/safe-url';
import type { RelatedView } from '@/lib/panel/view-types';

/** The one-line reason with the engine's own wording. */
function reasonOf(r: Related): string {
  return (
    r.why || `${plural(r.sharedClaims, 'shared claim')}, ${plural(r.sharedActors.length, 'shared actor')}`
  );
}

/** One related report: outlet, title, reason and a count of discrepancies; pressing it selects it. */
export function RelatedCard(props: {
  view: RelatedView;
  selected: boolean;
  onSelect: () => void;
  onOpen: (url: string) => void;
}) {
  const { related, diff } = props.view;
  const r = related.report;
  const url = safeHttpUrl(r.url);
  const flags = diff.changedFigures.length + diff.rewordedQuotes.length + diff.attributionShifts.length;
  return (
    <div class="px-card" data-url={r.url}>
      <div class="px-spread">
        <div class="px-meta">
          {metaLine(
            r.outlet,
            knownDate(r.publishedTime) ?? (r.savedAt ? `saved ${formatDate(r.savedAt)}` : null),
          )}
        </div>
        {flags > 0 && (
          <span class="px-badge px-badge-nowrap" style={{ color: 'var(--danger)' }}>
            {plural(flags, 'difference')}
          </span>
        )}
      </div>
      <button
        type="button"
        class="px-btn-link px-related"
        aria-pressed={props.selected}
        onClick={props.onSelect}
      >
        <strong>{r.title}</strong>
      </button>
      <p class="px-meta">{reasonOf(related)}</p>
      {url && (
        <button type="button" class="px-btn-link" onClick={() => props.onOpen(url)}>
          Open report
        </button>
      )}
    </div>
  );
}
