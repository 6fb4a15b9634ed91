import { parseHTML } from 'linkedom';

/** Fetches a path from a running demo site and parses it. */
export async function fetchPage(
  base: string,
  path: string,
): Promise<{ status: number; html: string; doc: Document; headers: Headers }> {
  const res = await fetch(new URL(path, base));
  const html = await res.text();
  const { document } = parseHTML(html);
  return { status: res.status, html, doc: document as unknown as Document, headers: res.headers };
}

/** Visible text of an element with whitespace collapsed, for substring assertions. */
export function textOf(el: Element | null): string {
  return (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
}
