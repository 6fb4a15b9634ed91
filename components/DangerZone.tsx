import { useState } from 'preact/hooks';
import type { ParallaxDB } from '@/lib/store/db';
import { deleteAll } from '@/lib/store/delete';

/** "Delete everything", behind an explicit second confirmation. */
export function DangerZone(props: { db: ParallaxDB }) {
  const [armed, setArmed] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const wipe = () =>
    deleteAll(props.db).then(
      () => {
        setArmed(false);
        setMessage('Everything was deleted: reports, versions, topics and settings.');
      },
      (e: unknown) => setMessage(`Nothing was deleted: ${String(e)}`),
    );
  return (
    <div>
      {armed ? (
        <div class="px-discrepancy">
          <p>
            <strong>Delete every saved report, version, topic and setting?</strong> This cannot be undone.
            Export your collection first if you may want it back.
          </p>
          <div class="px-row">
            <button type="button" class="px-btn px-btn-danger" onClick={wipe}>
              Yes, delete everything
            </button>
            <button type="button" class="px-btn" onClick={() => setArmed(false)}>
              Cancel
            </button>
          </div>
        </div>
      ) : (
        <button type="button" class="px-btn px-btn-danger" onClick={() => setArmed(true)}>
          Delete everything…
        </button>
      )}
      {message && (
        <p class="px-meta" role="status">
          {message}
        </p>
      )}
    </div>
  );
}
