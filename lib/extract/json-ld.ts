/** Schema.org JSON-LD reading: pages nest their objects in arrays and `@graph`, and some JSON is malformed. */

/** A JSON-LD node as parsed: an untyped record. */
export type LdNode = Record<string, unknown>;

/** Types that mark a page as a single article. */
export const ARTICLE_TYPES = new Set([
  'article',
  'newsarticle',
  'reportagenewsarticle',
  'analysisnewsarticle',
  'backgroundnewsarticle',
  'opinionnewsarticle',
  'reviewnewsarticle',
  'blogposting',
  'liveblogposting',
  'scholarlyarticle',
  'techarticle',
  'report',
]);

function isRecord(v: unknown): v is LdNode {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function flatten(value: unknown, out: LdNode[], depth: number): void {
  if (depth > 6) return;
  if (Array.isArray(value)) {
    for (const v of value) flatten(v, out, depth + 1);
    return;
  }
  if (!isRecord(value)) return;
  out.push(value);
  if (value['@graph'] !== undefined) flatten(value['@graph'], out, depth + 1);
  if (isRecord(value.mainEntity)) flatten(value.mainEntity, out, depth + 1);
}

/** All top-level JSON-LD nodes of a document, with `@graph` and arrays flattened; bad JSON is skipped. */
export function readJsonLd(doc: Document): LdNode[] {
  const out: LdNode[] = [];
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    const raw = (script.textContent ?? '').replace(/^\s*<!\[CDATA\[|\]\]>\s*$/g, '').trim();
    if (!raw) continue;
    try {
      flatten(JSON.parse(raw), out, 0);
    } catch {
      // Publishers ship broken JSON-LD (trailing commas, raw newlines); one bad block must not hide the rest.
    }
  }
  return out;
}

/** The lower-cased schema.org types of a node (`@type` may be a string or an array, with or without a prefix). */
export function ldTypes(node: LdNode): string[] {
  const t = node['@type'];
  const list = Array.isArray(t) ? t : [t];
  return list
    .filter((x): x is string => typeof x === 'string')
    .map((x) => x.replace(/^.*[/:]/, '').toLowerCase());
}

/** The first node whose type is an article type, if any. */
export function findArticleNode(nodes: LdNode[]): LdNode | null {
  return nodes.find((n) => ldTypes(n).some((t) => ARTICLE_TYPES.has(t))) ?? null;
}

/** A string property, or the `name` of an object property (or the first of an array). */
export function ldString(node: LdNode | null, key: string): string | null {
  if (!node) return null;
  let v = node[key];
  if (Array.isArray(v)) v = v[0];
  if (typeof v === 'string') return v.trim() || null;
  if (isRecord(v) && typeof v.name === 'string') return v.name.trim() || null;
  return null;
}

/** The author names of a node, joined with commas. */
export function ldAuthors(node: LdNode | null): string | null {
  if (!node) return null;
  const v = node.author;
  const list = Array.isArray(v) ? v : [v];
  const names = list
    .map((a) => (typeof a === 'string' ? a : isRecord(a) && typeof a.name === 'string' ? a.name : ''))
    .map((s) => s.trim())
    .filter(Boolean);
  return names.length ? names.join(', ') : null;
}
