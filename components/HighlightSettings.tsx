import { DensityControl } from '@/components/DensityControl';
import { useLiveQuery } from '@/components/hooks/use-live-query';
import type { HighlightToggles } from '@/lib/ext/messages';
import { actorTypeLabel } from '@/lib/panel/format';
import { ACTOR_TYPES } from '@/lib/panel/options-model';
import { readHighlightPrefs } from '@/lib/schema/read-settings';
import type { ParallaxDB } from '@/lib/store/db';
import { SETTING_KEYS } from '@/lib/store/setting-keys';
import type { HighlightCategory } from '@/lib/types';

const DEFAULTS: HighlightToggles = { enabled: true, categories: {} };

/** Which highlight categories pages show by default (stored in settings; every category is on unless unticked). */
export function HighlightSettings(props: { db: ParallaxDB }) {
  const key = SETTING_KEYS.highlightPrefs;
  const { value: row } = useLiveQuery(() => props.db.settings.get(key), [props.db]);
  const prefs = readHighlightPrefs(row?.value) ?? DEFAULTS;
  const save = (next: HighlightToggles) => void props.db.settings.put({ key, value: next });
  const cats: HighlightCategory[] = [...ACTOR_TYPES, 'claim'];
  return (
    <div>
      <label class="px-row">
        <input
          type="checkbox"
          checked={prefs.enabled}
          onChange={(e) => save({ ...prefs, enabled: (e.target as HTMLInputElement).checked })}
        />
        Highlight actors and claims on analysed pages
      </label>
      <div style={{ marginTop: '0.6rem' }}>
        <DensityControl density={prefs.density ?? 'calm'} onChange={(d) => save({ ...prefs, density: d })} />
      </div>
      <ul class="px-chips" style={{ marginTop: '0.6rem' }} aria-label="Highlight categories">
        {cats.map((c) => (
          <li key={c}>
            <label class="px-chip" style={{ '--chip': `var(--actor-${c})` }}>
              <input
                type="checkbox"
                disabled={!prefs.enabled}
                checked={prefs.categories[c] !== false}
                onChange={(e) =>
                  save({
                    ...prefs,
                    categories: { ...prefs.categories, [c]: (e.target as HTMLInputElement).checked },
                  })
                }
              />
              {c === 'claim' ? 'Claims' : actorTypeLabel(c)}
            </label>
          </li>
        ))}
      </ul>
    </div>
  );
}
