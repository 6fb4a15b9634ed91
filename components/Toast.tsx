import { useEffect } from 'preact/hooks';

/** A transient message with an optional action (e.g. Undo); disappears after `ms`. */
export function Toast(props: {
  message: string;
  actionLabel?: string;
  onAction?: () => void;
  onClose: () => void;
  ms?: number;
}) {
  useEffect(() => {
    const t = setTimeout(props.onClose, props.ms ?? 8000);
    // Escape dismisses it, as it would any transient message.
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') props.onClose();
    };
    document.addEventListener('keydown', onKey);
    return () => {
      clearTimeout(t);
      document.removeEventListener('keydown', onKey);
    };
  }, [props.message]);
  return (
    <div class="px-toast" role="status" aria-live="polite">
      <span>{props.message}</span>
      {props.actionLabel && props.onAction && (
        <button type="button" onClick={props.onAction}>
          {props.actionLabel}
        </button>
      )}
    </div>
  );
}
