import type { ComponentChildren } from 'preact';
import { groupClaimsBySource } from '@/lib/panel/article-view';
import { claimKindLabel, metaLine, plural, sourceKindLabel } from '@/lib/panel/format';
import type { Claim } from '@/lib/types';
import { FigureText } from './FigureText';

/** One claim: its text (clickable to reveal it in the page), kinds and figures. */
export function ClaimItem(props: { claim: Claim; onPick?: (claim: Claim) => void }) {
  const c = props.claim;
  const body = (
    <>
      <span class="px-claim-text">{c.text}</span>
      <span class="px-kinds">
        {c.kinds.map((k) => (
          <span key={k} class="px-badge">
            {claimKindLabel(k)}
          </span>
        ))}
        {c.figures.map((f) => (
          <FigureText key={`${f.start}-${f.unit}`} figure={f} />
        ))}
      </span>
    </>
  );
  return props.onPick ? (
    <button
      type="button"
      class="px-claim"
      onClick={() => props.onPick?.(c)}
      title="Show this claim in the page"
    >
      {body}
    </button>
  ) : (
    <div>{body}</div>
  );
}

/** Claims grouped by their source, each group labelled with the source's kind. */
export function ClaimGroups(props: {
  claims: Claim[];
  onPick?: (claim: Claim) => void;
  /** What goes under each claim (citation, note). */
  tools?: (claim: Claim) => ComponentChildren;
}) {
  const groups = groupClaimsBySource(props.claims);
  if (groups.length === 0) return <p class="px-meta">No attributed claims found.</p>;
  return (
    <div>
      {groups.map((g) => (
        <div key={g.key}>
          <h3>
            {g.name}{' '}
            <span class="px-meta">
              ·{' '}
              {metaLine(
                sourceKindLabel(g.kind).toLowerCase() === g.name.toLowerCase()
                  ? null
                  : sourceKindLabel(g.kind),
                plural(g.claims.length, 'claim'),
              )}
            </span>
          </h3>
          <ul class="px-list">
            {g.claims.map((c) => (
              <li key={c.id}>
                <ClaimItem claim={c} onPick={props.onPick} />
                {props.tools?.(c)}
              </li>
            ))}
          </ul>
        </div>
      ))}
    </div>
  );
}
