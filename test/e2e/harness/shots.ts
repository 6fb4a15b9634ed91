import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';

/** Where e2e screenshots go (git-ignored). */
export const shotsDir = resolve(import.meta.dirname, '../../../test-output/screenshots');

interface Screenshotter {
  screenshot(options: { path: string; fullPage?: boolean }): Promise<unknown>;
}

/** Saves a PNG screenshot of a page as test-output/screenshots/<name>.png and returns its path. */
export async function shot(page: Screenshotter, name: string, fullPage = false): Promise<string> {
  mkdirSync(shotsDir, { recursive: true });
  const path = resolve(shotsDir, `${name}.png`);
  await page.screenshot({ path, fullPage });
  return path;
}
