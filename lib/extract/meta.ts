/** Reading `<meta>` and `<link>` values, whichever of `property`, `name` or `itemprop` the page used. */

/** The content of the first meta tag whose property/name/itemprop is one of `keys` (case-insensitive). */
export function metaContent(doc: Document, keys: string[]): string | null {
  const wanted = new Set(keys.map((k) => k.toLowerCase()));
  for (const el of Array.from(doc.getElementsByTagName('meta'))) {
    const key = (el.getAttribute('property') ?? el.getAttribute('name') ?? el.getAttribute('itemprop') ?? '')
      .trim()
      .toLowerCase();
    if (!wanted.has(key)) continue;
    const content = el.getAttribute('content')?.trim();
    if (content) return content;
  }
  return null;
}

/** The href of the first `<link rel=…>` with that rel, resolved against `base`; null when invalid. */
export function linkHref(doc: Document, rel: string, base: string): string | null {
  for (const el of Array.from(doc.getElementsByTagName('link'))) {
    const rels = (el.getAttribute('rel') ?? '').toLowerCase().split(/\s+/);
    if (!rels.includes(rel)) continue;
    const resolved = resolveUrl(el.getAttribute('href') ?? '', base);
    if (resolved) return resolved;
  }
  return null;
}

/** `href` resolved against `base`, or null when either is not a usable http(s)/file URL. */
export function resolveUrl(href: string, base: string): string | null {
  if (!href.trim()) return null;
  try {
    const u = new URL(href.trim(), base);
    return /^(https?|file):$/.test(u.protocol) ? u.href : null;
  } catch {
    return null;
  }
}
