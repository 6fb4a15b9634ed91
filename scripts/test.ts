/**
 * `npm test`: every tier in order — lint and format, types, unit tests, the Firefox manifest lint, then
 * end-to-end tests in real Chromium and Firefox. Runs all tiers even after a failure so one report shows
 * everything, then prints one closing line of totals and exits non-zero if anything failed.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const out = join(root, 'test-output');
mkdirSync(out, { recursive: true });

interface Step {
  name: string;
  cmd: string[];
  report?: string;
}

const only = process.argv.slice(2);
const steps: Step[] = [
  { name: 'lint', cmd: ['npx', 'biome', 'ci', '.'] },
  { name: 'types', cmd: ['npx', 'tsc', '--noEmit'] },
  { name: 'deps', cmd: ['npm', 'run', '--silent', 'deps'] },
  {
    name: 'unit',
    cmd: [
      'npx',
      'vitest',
      'run',
      '--reporter=default',
      '--reporter=json',
      `--outputFile.json=${out}/unit.json`,
    ],
    report: `${out}/unit.json`,
  },
  { name: 'build', cmd: ['npm', 'run', '--silent', 'build'] },
  { name: 'firefox-lint', cmd: ['npm', 'run', '--silent', 'lint:firefox'] },
  { name: 'build-test', cmd: ['npm', 'run', '--silent', 'build:test'] },
  {
    name: 'e2e',
    cmd: [
      'npx',
      'vitest',
      'run',
      '--config',
      'vitest.e2e.config.ts',
      '--reporter=default',
      '--reporter=json',
      `--outputFile.json=${out}/e2e.json`,
    ],
    report: `${out}/e2e.json`,
  },
].filter((s) => only.length === 0 || only.includes(s.name));

interface VitestJson {
  numPassedTests: number;
  numFailedTests: number;
  numPendingTests: number;
  numTodoTests: number;
}

const totals = { passed: 0, failed: 0, skipped: 0 };
const summary: string[] = [];
for (const step of steps) {
  const started = Date.now();
  console.log(`\n━━ ${step.name}: ${step.cmd.join(' ')}`);
  if (step.report) rmSync(step.report, { force: true });
  const res = spawnSync(step.cmd[0], step.cmd.slice(1), { cwd: root, stdio: 'inherit' });
  const ok = res.status === 0;
  const secs = ((Date.now() - started) / 1000).toFixed(1);
  // Test runners count their tests; other steps count as one check each. A runner that failed
  // without a failing test (a crash, a file that did not load) still counts as a failure.
  if (step.report && existsSync(step.report)) {
    const r = JSON.parse(readFileSync(step.report, 'utf8')) as VitestJson;
    const failed = r.numFailedTests || (ok ? 0 : 1);
    totals.passed += r.numPassedTests;
    totals.failed += failed;
    totals.skipped += r.numPendingTests + r.numTodoTests;
    summary.push(`${ok ? '✓' : '✗'} ${step.name} (${secs} s): ${r.numPassedTests} passed, ${failed} failed`);
  } else {
    if (ok) totals.passed += 1;
    else totals.failed += 1;
    summary.push(`${ok ? '✓' : '✗'} ${step.name} (${secs} s)`);
  }
}
console.log(`\n${summary.join('\n')}`);
console.log(`${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exitCode = totals.failed > 0 ? 1 : 0;
