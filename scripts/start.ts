/**
 * `npm start`: builds a demo copy of the extension, starts the demo news site and opens Chrome or
 * Chromium with the extension loaded on the site's front page. Ctrl-C stops everything.
 * PARALLAX_START_HEADLESS=1 runs the browser headless (used by the smoke test).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { startDemoSite } from './demo-site/server';
import { findExecutable } from './find-browser';

const root = resolve(import.meta.dirname, '..');
const dist = join(root, '.output/demo/chrome-mv3');

async function main(): Promise<void> {
  const browserPath = findExecutable();
  if (!browserPath) {
    console.error(
      'No Chrome or Chromium found. Install one (on Debian: apt-get install chromium) and retry.',
    );
    process.exit(1);
  }
  console.log('Building the extension…');
  execFileSync(process.execPath, [join(root, 'node_modules/wxt/bin/wxt.mjs'), 'build'], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, PARALLAX_DEMO: '1' },
  });
  const site = await startDemoSite({ port: Number(process.env.PORT ?? 8377) });
  const profile = mkdtempSync(join(tmpdir(), 'parallax-start-'));
  const headless = process.env.PARALLAX_START_HEADLESS === '1';
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: browserPath,
    headless,
    viewport: null,
    // Our own handlers close the browser and the site; Playwright's would exit with 130 first.
    handleSIGINT: false,
    handleSIGTERM: false,
    args: [
      `--disable-extensions-except=${dist}`,
      `--load-extension=${dist}`,
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-features=DisableLoadExtensionCommandLineSwitch',
      ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
    ],
  });
  // Handlers go in before anything is printed, so a Ctrl-C right after the banner still stops cleanly.
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    console.log('\nStopping…');
    await context.close().catch(() => undefined);
    await site.close();
    rmSync(profile, { recursive: true, force: true });
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  context.on('close', stop);
  const page = context.pages().find((p) => !p.url().endsWith('/welcome.html')) ?? (await context.newPage());
  await page.goto(site.url);
  // The extension opens its welcome page on install (a fresh profile every start, so once a run); it
  // learns the demo site's address from here and comes to the front.
  const welcome =
    context.pages().find((p) => p.url().endsWith('/welcome.html')) ??
    (await context
      .waitForEvent('page', { predicate: (p) => p.url().endsWith('/welcome.html'), timeout: 5_000 })
      .catch(() => null));
  if (welcome) {
    await welcome.goto(`${welcome.url()}?demo=${encodeURIComponent(site.url)}`);
    await welcome.bringToFront();
    console.log('Welcome page opened: how to pin the button, the shortcuts, and the demo.');
  }
  console.log(`Parallax is loaded. Demo news site: ${site.url}`);
  console.log('Open an article, then click the Parallax toolbar button for the side panel. Ctrl-C to stop.');
}

void main();
