import type { ComponentChildren } from 'preact';
import { useRef } from 'preact/hooks';

/** One tab of a tablist. */
export interface TabSpec<K extends string> {
  key: K;
  label: string;
  /** A shorter label shown when the panel is at its narrowest; screen readers still read `label`. */
  short?: string;
  count?: number;
}

/** An ARIA tablist with roving focus: arrow keys, Home and End move between tabs. */
export function Tabs<K extends string>(props: {
  tabs: TabSpec<K>[];
  selected: K;
  onSelect: (key: K) => void;
  label: string;
}) {
  const refs = useRef<(HTMLButtonElement | null)[]>([]);
  const onKey = (e: KeyboardEvent, i: number) => {
    const n = props.tabs.length;
    const next =
      e.key === 'ArrowRight'
        ? (i + 1) % n
        : e.key === 'ArrowLeft'
          ? (i - 1 + n) % n
          : e.key === 'Home'
            ? 0
            : e.key === 'End'
              ? n - 1
              : -1;
    if (next < 0) return;
    e.preventDefault();
    props.onSelect(props.tabs[next].key);
    refs.current[next]?.focus();
  };
  return (
    <div class="px-tablist" role="tablist" aria-label={props.label}>
      {props.tabs.map((t, i) => (
        <button
          key={t.key}
          ref={(el) => {
            refs.current[i] = el;
          }}
          type="button"
          role="tab"
          class="px-tab"
          id={`tab-${t.key}`}
          aria-selected={t.key === props.selected}
          aria-controls={`panel-${t.key}`}
          tabIndex={t.key === props.selected ? 0 : -1}
          onClick={() => props.onSelect(t.key)}
          onKeyDown={(e) => onKey(e, i)}
        >
          {t.short ? (
            <>
              <span class="px-tab-full">{t.label}</span>
              <span class="px-tab-short" aria-hidden="true">
                {t.short}
              </span>
            </>
          ) : (
            t.label
          )}
          {t.count !== undefined && (
            <span class="px-count">
              <span class="px-sr"> (</span>
              {t.count}
              <span class="px-sr">)</span>
            </span>
          )}
        </button>
      ))}
    </div>
  );
}

/** The panel that belongs to a tab. */
export function TabPanel(props: { tabKey: string; children: ComponentChildren }) {
  return (
    <section
      class="px-panel"
      role="tabpanel"
      id={`panel-${props.tabKey}`}
      aria-labelledby={`tab-${props.tabKey}`}
    >
      {props.children}
    </section>
  );
}
