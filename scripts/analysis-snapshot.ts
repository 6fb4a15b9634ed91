/**
 * `tsx scripts/analysis-snapshot.ts [corpus dir] [out dir]`: runs the pipeline on every page of the shared
 * corpus (seeds, Readability test pages, extraction benchmark) and prints one line per page with a digest of
 * its article and analysis. With an output directory it also writes each page's full result as JSON there,
 * so two snapshots (before and after a change to the engine) can be compared page by page with `diff -r`.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { analyzeInput } from './lib/load-input';

function corpusPages(dir: string): string[] {
  const seeds = join(dir, 'seeds');
  const pages = join(dir, 'readability-pages/test-pages');
  const bench = join(dir, 'extraction-benchmark/html');
  return [
    ...readdirSync(seeds)
      .filter((f) => f.endsWith('.txt'))
      .sort()
      .map((f) => join(seeds, f)),
    ...readdirSync(pages)
      .sort()
      .map((c) => join(pages, c, 'source.html'))
      .filter((f) => existsSync(f)),
    ...readdirSync(bench)
      .filter((f) => f.endsWith('.html.gz'))
      .sort()
      .map((f) => join(bench, f)),
  ];
}

async function main(): Promise<void> {
  const args = process.argv.slice(2).filter((a) => a !== '--');
  const dir = resolve(args[0] ?? '../shared/corpus');
  const out = args[1] ? resolve(args[1]) : null;
  if (!existsSync(join(dir, 'seeds'))) {
    console.error(`analysis-snapshot: no corpus at ${dir}`);
    process.exitCode = 2;
    return;
  }
  if (out) mkdirSync(out, { recursive: true });
  for (const file of corpusPages(dir)) {
    const name = relative(dir, file);
    let record: unknown;
    try {
      const r = await analyzeInput(file);
      // The file path differs between checkouts; everything else is the engine's output.
      record = {
        url: r.url,
        detection: r.detection,
        article: r.article,
        analysis: r.analysis,
        skipped: r.skipped,
      };
    } catch (err) {
      record = { error: err instanceof Error ? err.message : String(err) };
    }
    const json = JSON.stringify(record, null, 1);
    const digest = createHash('sha256').update(json).digest('hex').slice(0, 16);
    process.stdout.write(`${digest} ${name}\n`);
    if (out) writeFileSync(join(out, `${name.replace(/[/\\]/g, '__')}.json`), `${json}\n`);
  }
}

void main();
