import { useMemo, useState } from 'preact/hooks';
import { emptyQuery, facetsOf, filterReports } from '@/lib/panel/collection-filter';
import { formatBytes, knownDate, metaLine, plural } from '@/lib/panel/format';
import { safeHttpUrl } from '@/lib/panel/safe-url';
import { storyTitle } from '@/lib/panel/story-view';
import type { ReportSummary, StoryView } from '@/lib/panel/view-types';
import type { Result } from '@/lib/types';
import { CollectionFilters } from './CollectionFilters';
import { EmptyState } from './EmptyState';
import { ImportExport } from './ImportExport';

/** The collection browser: search, filters, sort, open, delete, storage used, export and import. */
export function CollectionView(props: {
  reports: ReportSummary[] | undefined;
  storageBytes: number | null;
  onOpen: (url: string) => void;
  onDelete: (r: ReportSummary) => void;
  stories: StoryView[] | undefined;
  onShowStory: (id: string) => void;
  exportJson: () => Promise<Result<{ name: string; text: string }>>;
  importJson: (
    text: string,
    onProgress: (done: number, total: number) => void,
  ) => Promise<Result<{ added: number }>>;
}) {
  const [query, setQuery] = useState(emptyQuery);
  const all = props.reports ?? [];
  const facets = useMemo(() => facetsOf(all), [all]);
  const shown = useMemo(() => filterReports(all, query), [all, query]);
  if (props.reports === undefined) return <EmptyState title="Opening your collection…" />;
  return (
    <div>
      <p class="px-meta">
        {plural(all.length, 'saved report')}
        {props.storageBytes !== null && ` · ${formatBytes(props.storageBytes)} used on this device`}
      </p>
      {all.length === 0 ? (
        <EmptyState title="Nothing saved yet">
          <p>Save this article to start your collection.</p>
        </EmptyState>
      ) : (
        <>
          <CollectionFilters query={query} facets={facets} onChange={setQuery} />
          <p class="px-meta" role="status">
            {shown.length === all.length
              ? `Showing all ${all.length}`
              : `${shown.length} of ${all.length} match`}
          </p>
          <ul class="px-list" aria-label="Saved reports">
            {shown.map((r) => {
              const url = safeHttpUrl(r.canonicalUrl);
              return (
                <li key={r.id}>
                  <div class="px-meta">
                    {metaLine(r.outlet, knownDate(r.publishedTime), plural(r.claimCount, 'claim'))}
                  </div>
                  <div>
                    <strong>{r.title}</strong>
                  </div>
                  {r.notes && <p class="px-note">{r.notes}</p>}
                  <div class="px-row" style={{ marginTop: '0.3rem' }}>
                    {url && (
                      <button type="button" class="px-btn" onClick={() => props.onOpen(url)}>
                        Open
                      </button>
                    )}
                    <button
                      type="button"
                      class="px-btn px-btn-danger"
                      onClick={() => props.onDelete(r)}
                      aria-label={`Delete “${r.title}”`}
                    >
                      Delete
                    </button>
                  </div>
                </li>
              );
            })}
          </ul>
        </>
      )}
      {props.stories && props.stories.length > 0 && (
        <>
          <h2>Stories · {props.stories.length}</h2>
          <ul class="px-list" aria-label="Stories in your collection">
            {props.stories.map((v) => (
              <li key={v.story.id} class="px-spread">
                <span>
                  {storyTitle(v)} <span class="px-meta">· {plural(v.story.reportIds.length, 'report')}</span>
                </span>
                <button type="button" class="px-btn" onClick={() => props.onShowStory(v.story.id)}>
                  Show
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
      <h2>Export and import</h2>
      <ImportExport exportJson={props.exportJson} importJson={props.importJson} />
    </div>
  );
}
