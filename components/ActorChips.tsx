import { groupActors } from '@/lib/panel/article-view';
import { actorTypeLabel, plural } from '@/lib/panel/format';
import type { Actor } from '@/lib/types';

/** Actors grouped by type as colour-coded chips; clicking a chip asks the page to scroll to it. */
export function ActorChips(props: { actors: Actor[]; onPick?: (actor: Actor) => void }) {
  const groups = groupActors(props.actors);
  if (groups.length === 0) return <p class="px-meta">No named actors found.</p>;
  return (
    <div>
      {groups.map((g) => (
        <div key={g.type}>
          <h3>
            {actorTypeLabel(g.type)} <span class="px-meta">({g.actors.length})</span>
          </h3>
          <ul class="px-chips">
            {g.actors.map((a) => (
              <li key={a.id}>
                <button
                  type="button"
                  class="px-chip"
                  style={{ '--chip': `var(--actor-${a.type})` }}
                  onClick={() => props.onPick?.(a)}
                  title={props.onPick ? `Show ${a.name} in the page` : undefined}
                  aria-label={`${a.name}, ${actorTypeLabel(a.type, false)}, ${plural(a.mentions.length, 'mention')}`}
                >
                  <span>{a.name}</span>
                  <span class="px-chip-count" aria-hidden="true">
                    {a.mentions.length}
                  </span>
                </button>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </div>
  );
}
