/**
 * Whether two addresses belong to one site. A page may name its canonical address only on its own site:
 * any page can write `<link rel=canonical>`, so one naming another site's article would otherwise be taken
 * for that article and merged into it when saved.
 */

function host(url: string): string | null {
  try {
    const u = new URL(url);
    return /^https?:$/.test(u.protocol) && u.hostname ? u.hostname.toLowerCase().replace(/^www\./, '') : null;
  } catch {
    return null;
  }
}

/**
 * True when both are http(s) addresses on the same host, "www." aside, or one host is a subdomain of the
 * other (edition.example.com and example.com): only the owner of a domain can serve its subdomains.
 */
export function sameSite(a: string, b: string): boolean {
  const ha = host(a);
  const hb = host(b);
  if (!ha || !hb) return false;
  return ha === hb || ha.endsWith(`.${hb}`) || hb.endsWith(`.${ha}`);
}

/** The canonical address a page may use (its own `url` when the claim names another site), and the refused claim. */
export function ownCanonical(claimed: string, url: string): { canonicalUrl: string; refused: string | null } {
  if (!claimed || claimed === url || sameSite(claimed, url))
    return { canonicalUrl: claimed || url, refused: null };
  return { canonicalUrl: url, refused: claimed };
}
