import { POPOVER_CSS } from '@/components/popover/popover-css';
import type { Overlay } from '@/lib/ext/page/page-ui';
import { schemeOf } from '@/lib/highlight/palette';

/**
 * The host's own style. Inline `!important` declarations outrank every rule of the page's style sheets,
 * `!important` ones included, so `parallax-overlay { opacity: .01 !important }` cannot make the popover
 * invisible while it still takes clicks. `all: initial` first resets whatever the page could inherit or set.
 */
export const HOST_STYLE = [
  'all: initial',
  'display: block',
  'position: fixed',
  'top: 0',
  'left: 0',
  'width: 0',
  'height: 0',
  'z-index: 2147483647',
  'opacity: 1',
  'visibility: visible',
  'pointer-events: auto',
]
  .map((d) => `${d} !important`)
  .join('; ');

/** Attaches the overlay host to `<html>` (not `<body>`, so the article's text and layout stay untouched). */
export function createOverlay(doc: Document): Overlay {
  const host = doc.createElement('parallax-overlay');
  host.setAttribute('style', HOST_STYLE);
  // A page script can still rewrite the attribute: it is put back at once.
  const MutationObserverCtor = doc.defaultView?.MutationObserver;
  const guard = MutationObserverCtor
    ? new MutationObserverCtor(() => {
        if (host.getAttribute('style') !== HOST_STYLE) host.setAttribute('style', HOST_STYLE);
      })
    : null;
  guard?.observe(host, { attributes: true, attributeFilter: ['style'] });
  host.dataset.scheme = schemeOf(doc.body);
  const shadow = host.attachShadow({ mode: 'closed' });
  const style = doc.createElement('style');
  style.textContent = POPOVER_CSS;
  shadow.append(style);
  doc.documentElement.append(host);
  return {
    host,
    mount(name) {
      const el = doc.createElement('div');
      el.className = `px-${name}-root`;
      shadow.append(el);
      return el;
    },
    flag(name, on) {
      const words = new Set((host.dataset.state ?? '').split(' ').filter(Boolean));
      if (on) words.add(name);
      else words.delete(name);
      host.dataset.state = [...words].join(' ');
    },
    contains: (target) => target === host,
    destroy: () => {
      guard?.disconnect();
      host.remove();
    },
  };
}
