/**
 * What the page session needs from the in-page widgets (overlay, pill, popover). The widgets are Preact and live
 * in components/popover; the content script's entry hands them in, so this folder never imports components.
 */
import type { Highlighter, HighlightItem } from '@/lib/highlight/highlighter';
import type { PopoverEntry } from '@/lib/panel/popover-model';

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

/** What the popover needs from the page session. */
export interface PopoverDeps {
  doc: Document;
  overlay: Overlay;
  highlighter: Highlighter;
  entries(items: HighlightItem[]): PopoverEntry[];
  save(): Promise<string>;
  isSaved(): boolean;
  /** Opens the options page to let Parallax run by itself on this site. */
  enableSite(): void;
  /** True when Parallax already runs by itself on this site (so the popover does not offer it). */
  siteEnabled(): boolean;
}

/** The in-page widgets, as the content script's entry wires them. */
export interface PageUi {
  createOverlay(doc: Document): Overlay;
  /** Shows the off-topic pill; `onAnalyse` runs when the reader asks for highlights anyway. Returns its remover. */
  showOffTopicPill(overlay: Overlay, onAnalyse: () => void): () => void;
  /** Shows the popover on hover and keyboard focus until `signal` aborts. */
  setupPopover(deps: PopoverDeps, signal: AbortSignal): void;
}
