import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from './harness/paths';

// `npm start` is the newcomer's first command: it must build, serve the demo site, open the browser
// with the extension on the front page, and stop cleanly on Ctrl-C.
describe('npm start', () => {
  it('opens the demo site in Chromium with the extension and stops on Ctrl-C', async () => {
    const child = spawn(
      process.execPath,
      [join(repoRoot, 'node_modules/tsx/dist/cli.mjs'), 'scripts/start.ts'],
      {
        cwd: repoRoot,
        env: { ...process.env, PARALLAX_START_HEADLESS: '1', PORT: '0' },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let out = '';
    child.stdout.on('data', (d) => {
      out += String(d);
    });
    child.stderr.on('data', (d) => {
      out += String(d);
    });
    const url = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`start did not come up:\n${out}`)), 90_000);
      const poll = setInterval(() => {
        const m = out.match(/Demo news site: (http:\/\/127\.0\.0\.1:\d+\/)/);
        if (m) {
          clearInterval(poll);
          clearTimeout(timer);
          resolve(m[1]);
        }
      }, 100);
    });
    const front = await fetch(url);
    expect(front.status).toBe(200);
    expect(out).toContain('Welcome page opened');
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    child.kill('SIGINT');
    expect(await exited).toBe(0);
    expect(out).toContain('Stopping');
  });
});
