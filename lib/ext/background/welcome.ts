import { browser } from 'wxt/browser';

/** The welcome page, relative to the extension's root. */
export const WELCOME_PAGE = '/welcome.html';

/**
 * Opens the welcome page once, when the extension is first installed (not on updates or browser restarts).
 * The test copy skips it: its browser sessions start from a fresh profile every time.
 */
export function setupWelcome(): void {
  if (import.meta.env.PARALLAX_PANEL_FIXTURE) return;
  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason === 'install') void browser.tabs.create({ url: browser.runtime.getURL(WELCOME_PAGE) });
  });
}
