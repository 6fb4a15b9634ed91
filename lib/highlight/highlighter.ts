import type { HighlightToggles } from '@/lib/protocol';
import type { HighlightCategory } from '@/lib/types';
import { unwrapMarks, wrapRanges } from './mark-fallback';
import { schemeOf } from './palette';
import { FLASH, highlightCss, highlightName, installStyles } from './styles';

/** One highlighted thing: an actor mention or a claim, with the key the popover looks it up by. */
export interface HighlightItem {
  /** "actor:<id>:<n>" or "claim:<id>". */
  key: string;
  category: HighlightCategory;
  range: Range;
  /** Hidden at the calm density: an unattributed claim, a place, or an actor's later mentions. */
  quiet?: boolean;
}

/** How highlights are drawn: the CSS Custom Highlight API, or `<mark>` elements where it is missing. */
export type HighlightMode = 'custom' | 'marks';

/** Draws, toggles, hit-tests and removes Parallax highlights in one document. */
export interface Highlighter {
  readonly mode: HighlightMode;
  /** Replaces all highlighted items. */
  set(items: HighlightItem[]): void;
  /** Shows or hides everything or single categories. */
  setToggles(toggles: HighlightToggles): HighlightToggles;
  toggles(): HighlightToggles;
  items(): readonly HighlightItem[];
  /** Items whose range contains the DOM point, claims last. */
  itemsAt(node: Node, offset: number): HighlightItem[];
  /** Briefly marks a range (scroll-to). */
  flash(range: Range, ms?: number): void;
  /** Removes every highlight, mark and stylesheet. */
  destroy(): void;
}

// The window members this file uses, reached through the document rather than the globals.
interface HighlightWindow {
  CSS?: typeof CSS;
  Highlight?: typeof Highlight;
}

/** Picks the Custom Highlight API when the document's window has it. */
export function supportedMode(doc: Document): HighlightMode {
  const view = doc.defaultView as HighlightWindow | null;
  return view?.CSS && 'highlights' in view.CSS && typeof view.Highlight === 'function' ? 'custom' : 'marks';
}

/** Creates the highlighter for a document; `root` picks the light or dark palette from its background. */
export function createHighlighter(
  doc: Document,
  root: Element | null,
  mode = supportedMode(doc),
): Highlighter {
  const removeStyles = installStyles(doc, highlightCss(schemeOf(root ?? doc.body)));
  const view = doc.defaultView as unknown as Required<HighlightWindow>;
  let items: HighlightItem[] = [];
  let state: HighlightToggles = { enabled: true, categories: {}, density: 'calm' };
  // Fallback only: every item's marks, and each mark's full list of names (toggles show a subset).
  const markNames = new Map<HTMLElement, string[]>();
  let itemMarks = new Map<HighlightItem, HTMLElement[]>();
  let flashTimer: ReturnType<typeof setTimeout> | undefined;
  let flashed: HTMLElement[] = [];

  const shown = (it: HighlightItem) =>
    state.enabled && state.categories[it.category] !== false && !(it.quiet && state.density !== 'full');
  const flashName = highlightName(FLASH);

  // Names this highlighter registered. The registry itself is not iterated: Firefox content scripts see it
  // through an Xray wrapper, which cannot iterate ("Xray wrapping of iterators not supported").
  const registered = new Set<string>();
  const drawCustom = () => {
    for (const key of registered) view.CSS.highlights.delete(key);
    registered.clear();
    const byCategory = new Map<HighlightCategory, Range[]>();
    for (const it of items) {
      if (!shown(it)) continue;
      // Pushed, not copied: a long page has thousands of ranges.
      const ranges = byCategory.get(it.category);
      if (ranges) ranges.push(it.range);
      else byCategory.set(it.category, [it.range]);
    }
    for (const [category, ranges] of byCategory) {
      view.CSS.highlights.set(highlightName(category), new view.Highlight(...ranges));
      registered.add(highlightName(category));
    }
  };

  // Marks stay in place while the highlighter lives; toggling only rewrites their attribute, so the
  // ranges rebuilt around them stay valid.
  const drawMarks = () => {
    const showing = new Map<HTMLElement, Set<string>>();
    for (const [it, marks] of itemMarks) {
      if (!shown(it)) continue;
      for (const m of marks) showing.set(m, (showing.get(m) ?? new Set()).add(highlightName(it.category)));
    }
    for (const [mark, names] of markNames) {
      const visible = names.filter((n) => n === flashName || showing.get(mark)?.has(n));
      mark.dataset.parallax = visible.join(' ');
    }
  };

  const wrapAll = () => {
    const lists = wrapRanges(items.map((it) => ({ range: it.range, name: highlightName(it.category) })));
    itemMarks = new Map();
    items.forEach((it, i) => {
      const list = lists[i];
      itemMarks.set(it, list);
      for (const m of list) markNames.set(m, (m.dataset.parallax ?? '').split(' '));
      if (list.length) {
        it.range.setStartBefore(list[0]);
        it.range.setEndAfter(list[list.length - 1]);
      }
    });
  };

  const unwrapAll = () => {
    unwrapMarks([...markNames.keys()]);
    markNames.clear();
    itemMarks = new Map();
  };

  const draw = () => (mode === 'custom' ? drawCustom() : drawMarks());

  const endFlash = () => {
    clearTimeout(flashTimer);
    if (mode === 'custom') view.CSS.highlights.delete(flashName);
    for (const m of flashed)
      markNames.set(
        m,
        (markNames.get(m) ?? []).filter((n) => n !== flashName),
      );
    flashed = [];
    if (mode === 'marks') drawMarks();
  };

  return {
    mode,
    set(next) {
      if (mode === 'marks') unwrapAll();
      items = next;
      if (mode === 'marks') wrapAll();
      draw();
    },
    setToggles(next) {
      state = {
        enabled: next.enabled,
        categories: { ...state.categories, ...next.categories },
        density: next.density ?? state.density,
      };
      draw();
      return state;
    },
    toggles: () => state,
    items: () => items,
    itemsAt(node, offset) {
      const hits = items.filter((it) => {
        if (!shown(it)) return false;
        try {
          return it.range.isPointInRange(node, offset);
        } catch {
          return false; // The point is in another document or a detached node.
        }
      });
      return hits.sort((a, b) => Number(a.category === 'claim') - Number(b.category === 'claim'));
    },
    flash(range, ms = 2000) {
      endFlash();
      if (mode === 'custom') {
        const flash = new view.Highlight(range);
        // Above the tints and underlines, whatever order they were registered in.
        flash.priority = 1;
        view.CSS.highlights.set(flashName, flash);
      } else {
        flashed = [...markNames.keys()].filter((m) => range.intersectsNode(m));
        for (const m of flashed) markNames.set(m, [...(markNames.get(m) ?? []), flashName]);
        drawMarks();
      }
      flashTimer = setTimeout(endFlash, ms);
    },
    destroy() {
      endFlash();
      if (mode === 'marks') unwrapAll();
      items = [];
      if (mode === 'custom') drawCustom();
      removeStyles();
    },
  };
}
