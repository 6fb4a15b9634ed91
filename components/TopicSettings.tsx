import { useLiveQuery } from '@/components/hooks/use-live-query';
import { SHIPPED_TOPICS } from '@/lib/analyze/topic/default-topics';
import { checkTopic, readTopics } from '@/lib/schema/read-settings';
import type { ParallaxDB } from '@/lib/store/db';
import type { TopicProfile } from '@/lib/types';

/** Followed topics: threshold, auto-save and delete; a built-in topic becomes the user's copy once changed. */
export function TopicSettings(props: { db: ParallaxDB; onError: (m: string) => void }) {
  const { value: rows } = useLiveQuery(() => props.db.topics.toArray(), [props.db]);
  // Rows are checked, not trusted: a broken one (from an old import) is named here and skipped by analysis.
  const { topics, broken } = readTopics(rows ?? []);
  const update = (t: TopicProfile, change: Partial<TopicProfile>) => {
    const checked = checkTopic({ ...t, ...change });
    if (!checked.ok) return props.onError(`Could not update the topic: ${checked.errors.join('; ')}`);
    props.db.topics
      .put(checked.value)
      .catch((e: unknown) => props.onError(`Could not update the topic: ${String(e)}`));
  };
  const remove = (t: { id: string; label: string }) => {
    if (!confirm(`Stop following “${t.label}”? Saved reports stay in your collection.`)) return;
    props.db.topics
      .delete(t.id)
      .catch((e: unknown) => props.onError(`Could not delete the topic: ${String(e)}`));
  };
  const shipped = SHIPPED_TOPICS.filter((s) => !topics.some((t) => t.id === s.id));
  return (
    <div>
      <ul class="px-list">
        {shipped.map((t) => (
          <li key={t.id}>
            <strong>{t.label}</strong> <span class="px-badge">built in</span>
            {t.description && <p class="px-meta">{t.description}</p>}
            {/* Changing a built-in topic stores the user's copy, which then replaces it by id. */}
            <label class="px-row">
              <input
                type="checkbox"
                checked={false}
                onChange={(e) => update(t, { autoSave: (e.target as HTMLInputElement).checked })}
              />
              Save matching articles automatically
            </label>
          </li>
        ))}
        {broken.map((t) => (
          <li key={`broken:${t.id}`} class="px-broken-topic">
            <TopicHead topic={t} onDelete={remove} />
            <p class="px-error" role="status">
              This topic is malformed and is skipped when pages are analysed: {t.reason}
            </p>
          </li>
        ))}
        {topics.map((t) => (
          <li key={t.id}>
            <TopicHead topic={t} onDelete={remove} />
            <p class="px-meta">
              {t.terms
                .slice(0, 6)
                .map((x) => x.term)
                .join(', ')}
            </p>
            <div class="px-grid-2">
              <label class="px-field">
                Match threshold ({Math.round(t.threshold * 100)}%)
                <input
                  type="range"
                  min="0.05"
                  max="0.95"
                  step="0.05"
                  value={t.threshold}
                  onChange={(e) => update(t, { threshold: Number((e.target as HTMLInputElement).value) })}
                />
              </label>
              <label class="px-row">
                <input
                  type="checkbox"
                  checked={!!t.autoSave}
                  onChange={(e) => update(t, { autoSave: (e.target as HTMLInputElement).checked })}
                />
                Save matching articles automatically
              </label>
            </div>
          </li>
        ))}
      </ul>
      {rows?.length === 0 && (
        <p class="px-meta">Follow a story from the side panel’s Story tab to add your own topics here.</p>
      )}
    </div>
  );
}

/** A topic's name with its Delete button. */
function TopicHead(props: {
  topic: { id: string; label: string };
  onDelete: (t: { id: string; label: string }) => void;
}) {
  const t = props.topic;
  return (
    <div class="px-spread">
      <strong>{t.label}</strong>
      <button
        type="button"
        class="px-btn px-btn-danger"
        onClick={() => props.onDelete(t)}
        aria-label={`Delete topic ${t.label}`}
      >
        Delete
      </button>
    </div>
  );
}
