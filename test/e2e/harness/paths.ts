import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

/** The repository root. */
export const repoRoot = resolve(import.meta.dirname, '../../..');

/** The built Chrome MV3 extension. */
export const chromeDist = resolve(repoRoot, '.output/chrome-mv3');

/** The built Firefox MV2 extension. */
export const firefoxDist = resolve(repoRoot, '.output/firefox-mv2');

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
