/**
 * `npm run analyze -- <files or directories...>`: prints one JSON object per input per line.
 * Unreadable inputs are reported on stderr, the rest still run, and the exit code is 1 at the end.
 */
import { formatResult } from './lib/format-result';
import { analyzeInput, expandInputs } from './lib/load-input';

async function main(): Promise<void> {
  const args = process.argv.slice(2).filter((a) => a !== '--');
  if (args.length === 0) {
    console.error('usage: npm run analyze -- <file.html | file.html.gz | file.txt | directory>...');
    process.exitCode = 2;
    return;
  }
  let failures = 0;
  for (const file of expandInputs(args)) {
    try {
      const result = await analyzeInput(file);
      process.stdout.write(`${JSON.stringify(formatResult(result))}\n`);
    } catch (err) {
      failures++;
      console.error(`analyze: ${err instanceof Error ? err.message : String(err)}`);
    }
  }
  if (failures > 0) {
    console.error(`analyze: ${failures} input(s) could not be read`);
    process.exitCode = 1;
  }
}

void main();
