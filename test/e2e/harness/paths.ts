import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

/** The repository root. */
export const repoRoot = resolve(import.meta.dirname, '../../..');

/** The test build of the Chrome MV3 extension (PARALLAX_TEST=1). */
export const chromeDist = resolve(repoRoot, '.output/test/chrome-mv3');

/** The test build of the Firefox MV2 extension (PARALLAX_TEST=1). */
export const firefoxDist = resolve(repoRoot, '.output/test/firefox-mv2');

/** The first existing executable among candidates, or null. */
export function findExecutable(candidates: string[]): string | null {
  return candidates.find((p) => existsSync(p)) ?? null;
}

/** Chromium or Chrome, whichever is installed. */
export const chromiumPath = findExecutable([
  process.env.CHROMIUM_PATH ?? '',
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
]);

/** Firefox ESR or Firefox, whichever is installed. */
export const firefoxPath = findExecutable([
  process.env.FIREFOX_PATH ?? '',
  '/usr/bin/firefox-esr',
  '/usr/bin/firefox',
]);
