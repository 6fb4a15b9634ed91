import { POPOVER_CSS } from '@/components/popover/popover-css';
import { schemeOf } from '@/lib/highlight/palette';

/** A closed shadow root on the page for Parallax's own UI: page CSS cannot style it, page scripts cannot reach in. */
export interface Overlay {
  /** The host element on the page (hit tests return it for anything inside the overlay). */
  host: Element;
  /** A fresh container inside the shadow root. */
  mount(name: string): HTMLElement;
  /** Sets or clears a state word on the host (`data-state="popover pill"`), for tests and page-side styling. */
  flag(name: string, on: boolean): void;
  /** True when an event happened inside the overlay. */
  contains(target: EventTarget | null): boolean;
  destroy(): void;
}

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
