/** The unobtrusive corner indicator on articles outside the followed topics. */
export function OffTopicPill(props: { onAnalyse: () => void; onDismiss: () => void }) {
  return (
    <div class="px-pill" role="status">
      <span>Parallax: not on a followed topic</span>
      <button type="button" onClick={props.onAnalyse}>
        Analyse
      </button>
      <button type="button" class="px-x" onClick={props.onDismiss} aria-label="Dismiss Parallax indicator">
        ×
      </button>
    </div>
  );
}
