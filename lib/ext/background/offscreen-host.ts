import { browser } from 'wxt/browser';
/**
 * Chrome's offscreen document, opened on demand for work the service worker cannot do (it has no DOM), kept
 * to exactly one, and closed after a short idle period so it costs nothing between pages.
 */

/** How long the offscreen document stays open with nothing to do. */
// Shorter than the service worker's own 30 s idle timeout, so the worker is still alive to close it.
export const OFFSCREEN_IDLE_MS = 15_000;

/** The extension page the offscreen document loads. */
export const OFFSCREEN_PATH = '/offscreen.html';

/** The slice of the browser that opens and closes the offscreen document (injected so tests can fake it). */
export interface OffscreenApi {
  /** True when the document is open, possibly left by an earlier run of the worker. */
  exists(): Promise<boolean>;
  create(): Promise<void>;
  close(): Promise<void>;
}

/** Runs tasks that need the offscreen document. */
export interface OffscreenHost {
  /** Runs `task` with the document open; a failure makes the next call look for the document afresh. */
  use<T>(task: () => Promise<T>): Promise<T>;
  /** Closes the document after the idle period unless a task comes first (for one left by an earlier worker). */
  closeWhenIdle(): void;
}

/** Keeps one offscreen document for many concurrent callers, opening and closing it through `api`. */
export function createOffscreenHost(api: OffscreenApi, idleMs = OFFSCREEN_IDLE_MS): OffscreenHost {
  // Opening and closing run one after another, so an existence check never races another caller's
  // creation: the browser allows a single offscreen document, and a second create throws.
  let lifecycle: Promise<unknown> = Promise.resolve();
  const serial = <T>(op: () => Promise<T>): Promise<T> => {
    const run = lifecycle.then(op);
    lifecycle = run.catch(() => undefined);
    return run;
  };
  // Open, or being opened, as far as this worker knows; null means "check before use".
  let ready: Promise<void> | null = null;
  let busy = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const open = (): Promise<void> => {
    if (ready) return ready;
    const opening = serial(async () => {
      if (!(await api.exists())) await api.create();
    });
    ready = opening;
    opening.catch(() => {
      if (ready === opening) ready = null;
    });
    return opening;
  };

  const closeNow = () => {
    timer = undefined;
    if (busy > 0) return;
    ready = null;
    void serial(async () => {
      if (await api.exists()) await api.close();
    }).catch(() => undefined);
  };

  const closeWhenIdle = () => {
    clearTimeout(timer);
    timer = setTimeout(closeNow, idleMs);
  };

  return {
    async use<T>(task: () => Promise<T>): Promise<T> {
      busy++;
      clearTimeout(timer);
      try {
        await open();
        return await task();
      } catch (err) {
        // The document may have gone (closed by the browser, crashed): look for it again next time.
        ready = null;
        throw err;
      } finally {
        busy--;
        if (busy === 0) closeWhenIdle();
      }
    },
    closeWhenIdle,
  };
}

/** The real `chrome.offscreen` API, opening OFFSCREEN_PATH to parse HTML. */
export function chromeOffscreenApi(): OffscreenApi {
  const url = browser.runtime.getURL(OFFSCREEN_PATH);
  return {
    exists: async () =>
      (
        await browser.runtime.getContexts({
          contextTypes: ['OFFSCREEN_DOCUMENT'],
          documentUrls: [url],
        })
      ).length > 0,
    create: () =>
      browser.offscreen.createDocument({
        url: OFFSCREEN_PATH,
        reasons: ['DOM_PARSER'],
        justification:
          'Extract the article of a big page off the page, so reading it does not freeze the tab.',
      }),
    close: () => browser.offscreen.closeDocument(),
  };
}
