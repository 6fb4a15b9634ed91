import type { DiffPart } from '@/lib/compare/types';

/** A word-level diff rendered as text nodes: insertions (here) and deletions (there) styled and labelled. */
export function QuoteDiff(props: { parts: DiffPart[] }) {
  return (
    <p class="px-quote">
      “
      {props.parts.map((part, i) =>
        part.added ? (
          <ins key={i} class="px-ins" title="only here">
            <span class="px-sr">inserted: </span>
            {part.value}
          </ins>
        ) : part.removed ? (
          <del key={i} class="px-del" title="only there">
            <span class="px-sr">deleted: </span>
            {part.value}
          </del>
        ) : (
          <span key={i}>{part.value}</span>
        ),
      )}
      ”
    </p>
  );
}
