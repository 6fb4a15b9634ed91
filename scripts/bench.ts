/**
 * `npm run bench`: runs every benchmark module in test/bench/, prints a table of figures against their
 * targets and writes them all to .bench/results.json. Pass names to run only some: `npm run bench -- store`.
 * `npm run eval` runs the quality evaluations in test/eval/ (`*.eval.ts`) the same way, into the same file.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BenchModule, BenchResult } from '../test/bench/bench-types';

const root = resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);
// `--eval` switches to the quality evaluations: same module shape, same results file.
const evalSuite = args.includes('--eval');
const suffix = evalSuite ? '.eval.ts' : '.bench.ts';
const benchDir = join(root, evalSuite ? 'test/eval' : 'test/bench');
const outFile = join(root, '.bench/results.json');
const only = args.filter((a) => a !== '--eval');

function readPrevious(): Record<string, unknown> {
  try {
    return JSON.parse(readFileSync(outFile, 'utf8'));
  } catch {
    return {};
  }
}

async function main(): Promise<void> {
  const files = readdirSync(benchDir)
    .filter((f) => f.endsWith(suffix))
    .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
    .sort();
  // Evaluations and benchmarks share one results file: a partial run keeps the other figures.
  const results: Record<string, unknown> = only.length || evalSuite ? readPrevious() : {};
  const rows: string[][] = [];
  let failed = false;
  for (const file of files) {
    const mod = (await import(pathToFileURL(join(benchDir, file)).href)) as { default: BenchModule };
    const started = Date.now();
    let result: BenchResult;
    try {
      result = await mod.default.run();
    } catch (err) {
      failed = true;
      console.error(`✗ ${file}: ${err instanceof Error ? err.message : String(err)}`);
      continue;
    }
    for (const m of result.metrics) {
      results[m.key] = m.value;
      const target = m.target === undefined ? '' : `${m.better === 'higher' ? '≥' : '≤'} ${m.target}`;
      const ok =
        m.target === undefined
          ? ''
          : (m.better === 'higher' ? m.value >= m.target : m.value <= m.target)
            ? '✓'
            : '✗';
      rows.push([m.key, String(m.value), target, ok]);
    }
    for (const [k, v] of Object.entries(result.extra ?? {})) results[k] = v;
    if (result.notes) for (const n of result.notes) console.log(`  ${file}: ${n}`);
    console.log(`✓ ${file} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  }
  mkdirSync(join(root, '.bench'), { recursive: true });
  writeFileSync(outFile, `${JSON.stringify(results, null, 2)}\n`);
  const widths = [0, 1, 2, 3].map((i) => Math.max(...rows.map((r) => r[i].length), 6));
  const line = (r: string[]) => r.map((c, i) => c.padEnd(widths[i])).join('  ');
  console.log(`\n${line(['metric', 'value', 'target', ''])}`);
  for (const r of rows) console.log(line(r));
  console.log(`\nwritten to ${outFile}`);
  if (failed) process.exitCode = 1;
}

void main();
