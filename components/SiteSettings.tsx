import { useEffect, useState } from 'preact/hooks';
import { grantedOrigins, removeOrigins, requestOrigins } from '@/lib/ext/panel/site-permissions';
import { patternLabel, siteOrigins } from '@/lib/panel/options-model';

const ALL = ['http://*/*', 'https://*/*'];

/** Sites where Parallax runs by itself: each is an optional host permission the user grants or removes. */
export function SiteSettings(props: { suggested?: string | null }) {
  const [origins, setOrigins] = useState<string[] | null>(null);
  const [site, setSite] = useState(props.suggested ?? '');
  const [message, setMessage] = useState<string | null>(
    props.suggested
      ? `Click "Enable on this site" to let Parallax run by itself on ${props.suggested}.`
      : null,
  );
  const refresh = () => grantedOrigins().then(setOrigins, () => setOrigins([]));
  useEffect(() => {
    void refresh();
  }, []);
  // The request must run synchronously inside the click for the browser to show its prompt.
  const grant = (list: string[], label: string) => {
    requestOrigins(list).then(
      (ok) => {
        setMessage(ok ? `Parallax now runs on ${label}.` : `Permission for ${label} was not granted.`);
        void refresh();
      },
      (e: unknown) => setMessage(`The browser refused: ${String(e)}`),
    );
  };
  const add = (e: Event) => {
    e.preventDefault();
    const list = siteOrigins(site);
    if (typeof list === 'string') return setMessage(list);
    grant(list, patternLabel(list[0]));
    setSite('');
  };
  const remove = (o: string) =>
    removeOrigins([o]).then(
      () => refresh(),
      (e: unknown) => setMessage(`Could not remove: ${String(e)}`),
    );
  return (
    <div>
      {origins === null ? (
        <p class="px-meta">Reading permissions…</p>
      ) : origins.length === 0 ? (
        <p class="px-meta">No sites yet: Parallax runs only when you click its button on a page.</p>
      ) : (
        <ul class="px-list">
          {origins.map((o) => (
            <li key={o} class="px-spread">
              <span>{patternLabel(o)}</span>
              <button
                type="button"
                class="px-btn px-btn-danger"
                onClick={() => remove(o)}
                aria-label={`Remove ${o}`}
              >
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}
      <form class="px-row" onSubmit={add} style={{ marginTop: '0.6rem' }} aria-label="Enable a site">
        <label class="px-field" style={{ flex: '1 1 14rem' }}>
          Site
          <input
            value={site}
            placeholder="www.example.com"
            onInput={(e) => setSite((e.target as HTMLInputElement).value)}
          />
        </label>
        <button type="submit" class="px-btn px-btn-primary" style={{ alignSelf: 'flex-end' }}>
          Enable on this site
        </button>
        <button
          type="button"
          class="px-btn"
          style={{ alignSelf: 'flex-end' }}
          onClick={() => grant(ALL, 'all sites')}
        >
          Enable on all sites
        </button>
      </form>
      {message && (
        <p class="px-meta" role="status">
          {message}
        </p>
      )}
    </div>
  );
}
