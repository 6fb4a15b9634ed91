/**
 * Composes the README screenshot from two the browser tests took in real Chromium: a highlighted demo
 * article and the side panel's Compare view. Run `npm run test:e2e` first, then `npx tsx scripts/readme-screenshot.ts`.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { findExecutable } from './find-browser';

const root = resolve(import.meta.dirname, '..');
const shots = join(root, 'test-output/screenshots');
const dataUrl = (name: string) =>
  `data:image/png;base64,${readFileSync(join(shots, `${name}.png`)).toString('base64')}`;

async function main(): Promise<void> {
  const executablePath = findExecutable();
  if (!executablePath) throw new Error('No Chrome or Chromium found');
  const browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu'] });
  const page = await browser.newPage({ viewport: { width: 1300, height: 900 } });
  await page.setContent(`<body style="margin:0;display:flex;gap:0;background:#222">
    <img src="${dataUrl('chromium-dark-article-highlights')}" style="width:900px;height:900px;object-fit:cover;object-position:-60px top">
    <img src="${dataUrl('panel-live-compare-light-top')}" style="width:400px;height:900px;object-fit:cover;object-position:left top">
  </body>`);
  await page.screenshot({
    path: join(root, 'docs/screenshots/panel-and-page.png'),
    clip: { x: 0, y: 0, width: 1300, height: 900 },
  });
  await browser.close();
}

void main();
