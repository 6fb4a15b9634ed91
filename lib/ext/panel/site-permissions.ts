import { browser } from 'wxt/browser';
/**
 * Browser wiring for per-site enable: optional host permissions. `request` must be called straight from
 * a click handler, or the browser refuses it.
 */

/** The host patterns the user has granted. */
export async function grantedOrigins(): Promise<string[]> {
  const all = await browser.permissions.getAll();
  return all.origins ?? [];
}

/** Asks the browser for the given origins; resolves to whether the user agreed. */
export function requestOrigins(origins: string[]): Promise<boolean> {
  return browser.permissions.request({ origins });
}

/** Gives up the given origins. */
export function removeOrigins(origins: string[]): Promise<boolean> {
  return browser.permissions.remove({ origins });
}
