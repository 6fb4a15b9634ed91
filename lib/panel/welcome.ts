/** The welcome page's one input: the demo site's address, which `npm start` passes and nothing else may. */

/** The demo site's URL when `raw` is a loopback http address (the demo runs only there), else null. */
export function demoUrlFrom(raw: string | null): string | null {
  if (!raw) return null;
  try {
    const u = new URL(raw);
    return u.protocol === 'http:' && (u.hostname === '127.0.0.1' || u.hostname === 'localhost')
      ? u.href
      : null;
  } catch {
    return null;
  }
}
