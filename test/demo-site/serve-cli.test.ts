import { type ChildProcess, spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');

function run(env: Record<string, string>): {
  child: ChildProcess;
  out: () => string;
  exited: Promise<number | null>;
} {
  const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/demo-site/serve.ts'], {
    cwd: root,
    env: { ...process.env, ...env },
  });
  let out = '';
  child.stdout?.on('data', (d) => {
    out += String(d);
  });
  child.stderr?.on('data', (d) => {
    out += String(d);
  });
  const exited = new Promise<number | null>((done) => child.on('exit', (code) => done(code)));
  return { child, out: () => out, exited };
}

async function waitFor(pred: () => boolean, ms: number): Promise<void> {
  const end = Date.now() + ms;
  while (!pred()) {
    if (Date.now() > end) throw new Error('timed out waiting for the demo server');
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe('npm run demo (serve.ts)', () => {
  it('prints its URL, serves pages and stops cleanly on SIGTERM', async () => {
    const proc = run({ PORT: '0' });
    await waitFor(() => /http:\/\/127\.0\.0\.1:\d+\//.test(proc.out()), 20_000);
    const url = /http:\/\/127\.0\.0\.1:\d+\//.exec(proc.out())![0];
    expect((await fetch(url)).status).toBe(200);
    proc.child.kill('SIGTERM');
    expect(await proc.exited).toBe(0);
    await expect(fetch(url)).rejects.toThrow();
  });

  it('rejects a bad PORT with a clear message', async () => {
    const proc = run({ PORT: 'eighty' });
    expect(await proc.exited).toBe(2);
    expect(proc.out()).toContain('PORT must be a whole number');
  });
});
