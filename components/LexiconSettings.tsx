import { useState } from 'preact/hooks';
import { useLiveQuery } from '@/components/hooks/use-live-query';
import { actorTypeLabel } from '@/lib/panel/format';
import { ACTOR_TYPES, lexiconEntryFrom } from '@/lib/panel/options-model';
import { readLexiconAdditions } from '@/lib/schema/read-settings';
import type { ParallaxDB } from '@/lib/store/db';
import { SETTING_KEYS } from '@/lib/store/setting-keys';
import type { LexiconEntry } from '@/lib/types';

/** The user's lexicon additions (stored as data in settings) and the add-an-actor form. */
export function LexiconSettings(props: { db: ParallaxDB }) {
  const key = SETTING_KEYS.lexiconAdditions;
  const { value: row } = useLiveQuery(() => props.db.settings.get(key), [props.db]);
  // Checked, not trusted: a malformed stored value reads as no additions instead of breaking the page.
  const { entries, skipped } = readLexiconAdditions(row?.value);
  const [name, setName] = useState('');
  const [type, setType] = useState('armed_group');
  const [aliases, setAliases] = useState('');
  const [message, setMessage] = useState<string | null>(null);
  const save = (next: LexiconEntry[]) => props.db.settings.put({ key, value: next });
  const add = async (e: Event) => {
    e.preventDefault();
    const entry = lexiconEntryFrom(name, type, aliases, entries);
    if (typeof entry === 'string') return setMessage(entry);
    await save([...entries, entry]).then(
      () => {
        setMessage(`Added “${entry.name}”. It is highlighted on pages analysed from now on.`);
        setName('');
        setAliases('');
      },
      (err: unknown) => setMessage(`Could not save: ${String(err)}`),
    );
  };
  return (
    <div>
      {skipped > 0 && (
        <p class="px-error" role="status">
          {skipped === 1 ? 'One stored addition is' : `${skipped} stored additions are`} malformed and not
          used.
        </p>
      )}
      {entries.length > 0 && (
        <ul class="px-list">
          {entries.map((x) => (
            <li key={x.id} class="px-spread">
              <span>
                <strong>{x.name}</strong> <span class="px-meta">· {actorTypeLabel(x.type, false)}</span>
                {x.aliases.length > 0 && <span class="px-meta"> · also “{x.aliases.join('”, “')}”</span>}
              </span>
              <button
                type="button"
                class="px-btn px-btn-danger"
                onClick={() => save(entries.filter((y) => y.id !== x.id))}
                aria-label={`Remove ${x.name}`}
              >
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}
      <form onSubmit={add} class="px-card" aria-label="Add an actor">
        <div class="px-grid-2">
          <label class="px-field">
            Name
            <input value={name} onInput={(e) => setName((e.target as HTMLInputElement).value)} required />
          </label>
          <label class="px-field">
            Type
            <select value={type} onChange={(e) => setType((e.target as HTMLSelectElement).value)}>
              {ACTOR_TYPES.map((t) => (
                <option key={t} value={t}>
                  {actorTypeLabel(t, false)}
                </option>
              ))}
            </select>
          </label>
        </div>
        <label class="px-field" style={{ marginTop: '0.5rem' }}>
          Other names, separated by commas
          <input value={aliases} onInput={(e) => setAliases((e.target as HTMLInputElement).value)} />
        </label>
        <div class="px-row" style={{ marginTop: '0.6rem' }}>
          <button type="submit" class="px-btn px-btn-primary">
            Add actor
          </button>
          {message && (
            <span class="px-meta" role="status">
              {message}
            </span>
          )}
        </div>
      </form>
    </div>
  );
}
