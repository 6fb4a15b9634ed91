import type { CollectionQuery, CollectionSort, facetsOf } from '@/lib/panel/collection-filter';

const SORTS: [CollectionSort, string][] = [
  ['saved-desc', 'Recently saved'],
  ['published-desc', 'Newest published'],
  ['published-asc', 'Oldest published'],
  ['outlet', 'Outlet'],
  ['title', 'Title'],
];

/** Search and filter controls of the collection browser. */
export function CollectionFilters(props: {
  query: CollectionQuery;
  facets: ReturnType<typeof facetsOf>;
  onChange: (q: CollectionQuery) => void;
}) {
  const q = props.query;
  const set = (k: keyof CollectionQuery) => (e: Event) =>
    props.onChange({ ...q, [k]: (e.target as HTMLInputElement | HTMLSelectElement).value });
  return (
    <section aria-label="Search the collection">
      <label class="px-field">
        Search titles, outlets, actors and notes
        <input type="search" value={q.text} onInput={set('text')} placeholder="e.g. Kataib Hezbollah" />
      </label>
      <details class="px-section">
        <summary>Filters and sort</summary>
        <div class="px-grid-2">
          <label class="px-field">
            Actor
            <select value={q.actor} onChange={set('actor')}>
              <option value="">Any actor</option>
              {props.facets.actors.map((a) => (
                <option key={a.id} value={a.id}>
                  {a.name}
                </option>
              ))}
            </select>
          </label>
          <label class="px-field">
            Outlet
            <select value={q.outlet} onChange={set('outlet')}>
              <option value="">Any outlet</option>
              {props.facets.outlets.map((o) => (
                <option key={o} value={o}>
                  {o}
                </option>
              ))}
            </select>
          </label>
          <label class="px-field">
            From
            <input type="date" value={q.from} onInput={set('from')} />
          </label>
          <label class="px-field">
            To
            <input type="date" value={q.to} onInput={set('to')} />
          </label>
          <label class="px-field">
            Topic
            <select value={q.topic} onChange={set('topic')}>
              <option value="">Any topic</option>
              {props.facets.topics.map((t) => (
                <option key={t} value={t}>
                  {t}
                </option>
              ))}
            </select>
          </label>
          <label class="px-field">
            Sort by
            <select value={q.sort} onChange={set('sort')}>
              {SORTS.map(([v, l]) => (
                <option key={v} value={v}>
                  {l}
                </option>
              ))}
            </select>
          </label>
        </div>
      </details>
    </section>
  );
}
