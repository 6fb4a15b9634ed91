import { POPOVER_CSS } from '@/components/popover/popover-css';
import type { Overlay } from '@/lib/ext/page/page-ui';
import { schemeOf } from '@/lib/highlight/palette';

/** Attaches the overlay host to `<html>` (not `<body>`, so the article's text and layout stay untouched). */
export function createOverlay(doc: Document): Overlay {
  const host = doc.createElement('parallax-overlay');
  host.setAttribute('style', 'position:fixed;top:0;left:0;width:0;height:0;z-index:2147483647;');
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
    destroy: () => host.remove(),
  };
}
