import { h, render } from 'preact';
import { OffTopicPill } from '@/components/popover/OffTopicPill';
import type { Overlay } from './overlay';

/** Shows the off-topic indicator; `onAnalyse` runs when the reader asks for highlights anyway. Returns its remover. */
export function showOffTopicPill(overlay: Overlay, onAnalyse: () => void): () => void {
  const root = overlay.mount('pill');
  overlay.flag('pill', true);
  const remove = () => {
    overlay.flag('pill', false);
    render(null, root);
    root.remove();
  };
  render(
    h(OffTopicPill, {
      onAnalyse: () => {
        remove();
        onAnalyse();
      },
      onDismiss: remove,
    }),
    root,
  );
  return remove;
}
