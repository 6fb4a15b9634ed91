/** The project's own extraction fixtures (test/fixtures/extract), parsed as a browser would see them. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseHtml } from '@/lib/node/parse-html';

/** Directory holding the hand-written fixture pages. */
export const fixtureDir = resolve(import.meta.dirname, '../fixtures/extract');

/** Reads a fixture page's HTML. */
export function fixtureHtml(name: string): string {
  return readFileSync(resolve(fixtureDir, `${name}.html`), 'utf8');
}

/** Parses a fixture page as if loaded from `url`. */
export function fixtureDoc(name: string, url: string): Document {
  return parseHtml(fixtureHtml(name), url);
}
