import { h, render } from 'preact';
import { OffTopicPill } from '@/components/popover/OffTopicPill';
import type { Overlay } from '@/lib/ext/page/page-ui';
import { bottomBarsUnder, pillBottom } from '@/lib/ext/page/pill-place';

// Cookie notices and players often appear a moment after the page: look again after these delays (ms).
const RECHECK_MS = [600, 2000];

/** Shows the off-topic indicator; `onAnalyse` runs when the reader asks for highlights anyway. Returns its remover. */
export function showOffTopicPill(overlay: Overlay, onAnalyse: () => void): () => void {
  const root = overlay.mount('pill');
  overlay.flag('pill', true);
  const doc = root.ownerDocument;
  const win = doc.defaultView;
  const timers: ReturnType<typeof setTimeout>[] = [];
  const place = () => {
    const pill = root.querySelector<HTMLElement>('.px-pill');
    if (!pill || !win) return;
    pill.style.bottom = '';
    const bars = bottomBarsUnder(doc, pill.getBoundingClientRect(), overlay.host);
    pill.style.bottom = `${pillBottom(bars, win.innerHeight)}px`;
  };
  // A bar dismissed by a click ("Accept") lets the pill back down on the next frame.
  const afterClick = () => win?.requestAnimationFrame(place);
  const remove = () => {
    for (const t of timers) clearTimeout(t);
    win?.removeEventListener('resize', place);
    doc.removeEventListener('click', afterClick, true);
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
  place();
  for (const ms of RECHECK_MS) timers.push(setTimeout(place, ms));
  win?.addEventListener('resize', place);
  doc.addEventListener('click', afterClick, true);
  return remove;
}
