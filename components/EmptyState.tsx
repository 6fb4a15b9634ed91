import type { ComponentChildren } from 'preact';

/** A centred explanation of why a view is empty and what to do next. */
export function EmptyState(props: { title: string; children?: ComponentChildren }) {
  return (
    <div class="px-empty" role="status">
      <strong>{props.title}</strong>
      {props.children}
    </div>
  );
}
