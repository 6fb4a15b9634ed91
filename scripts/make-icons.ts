/**
 * `npx tsx scripts/make-icons.ts`: renders docs/icon/icon.svg into the PNG sizes the manifests use
 * (public/icon-<size>.png, which WXT picks up). Run it after changing the SVG; the PNGs are committed.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { findExecutable } from './find-browser';

const root = resolve(import.meta.dirname, '..');
const svg = readFileSync(join(root, 'docs/icon/icon.svg'), 'utf8');
const executablePath = findExecutable();
if (!executablePath) throw new Error('No Chrome or Chromium found');
const browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu'] });
try {
  for (const size of [16, 32, 48, 96, 128]) {
    const page = await browser.newPage({ viewport: { width: size, height: size } });
    const sized = svg.replace('width="128" height="128"', `width="${size}" height="${size}"`);
    await page.setContent(
      `<style>html,body{margin:0;background:transparent}svg{display:block}</style>${sized}`,
    );
    await page.screenshot({ path: join(root, `public/icon-${size}.png`), omitBackground: true });
    await page.close();
    console.log(`wrote public/icon-${size}.png`);
  }
} finally {
  await browser.close();
}
