/** Why the page should be analysed again. */
export type ChangeReason = 'url' | 'content';

/** How long the DOM must be quiet before a change counts. */
const DEBOUNCE_MS = 400;
/** URL polling interval: `history.pushState` fires no event a content script can hear. */
const URL_POLL_MS = 500;

/**
 * Watches for SPA navigation (URL changes: popstate, polling) and for late content (DOM mutations, debounced).
 * `wantContent()` says whether content changes matter now (e.g. no article found yet, retries left).
 */
export function watchPage(
  doc: Document,
  signal: AbortSignal,
  wantContent: () => boolean,
  onChange: (reason: ChangeReason) => void,
): void {
  const view = doc.defaultView;
  if (!view) return;
  let url = doc.location.href;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const checkUrl = () => {
    if (doc.location.href === url) return false;
    url = doc.location.href;
    clearTimeout(timer);
    // Let the new route render before analysing it.
    timer = setTimeout(() => onChange('url'), DEBOUNCE_MS);
    return true;
  };
  const observer = new view.MutationObserver((records) => {
    if (checkUrl() || !wantContent()) return;
    // Ignore our own overlay and fallback marks.
    const ours = records.every((r) =>
      [r.target, ...r.addedNodes].every((n) => n.nodeName === 'PARALLAX-OVERLAY' || n.nodeName === 'MARK'),
    );
    if (ours) return;
    clearTimeout(timer);
    timer = setTimeout(() => onChange('content'), DEBOUNCE_MS);
  });
  observer.observe(doc.body ?? doc.documentElement, { childList: true, subtree: true });
  const poll = view.setInterval(checkUrl, URL_POLL_MS);
  view.addEventListener('popstate', checkUrl, { signal });
  view.addEventListener('hashchange', checkUrl, { signal });
  signal.addEventListener('abort', () => {
    observer.disconnect();
    view.clearInterval(poll);
    clearTimeout(timer);
  });
}
