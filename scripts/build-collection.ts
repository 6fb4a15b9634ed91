/**
 * `npm run build-collection -- <dirs or files...> > collection.json`: turns saved pages (.html, .html.gz)
 * and .txt reports into an importable Parallax collection file. Each input runs through the extension's
 * own pipeline and is saved with the extension's own `saveReport` (so the same URL dedupe, syndicated-copy
 * links and record format apply) into an in-memory IndexedDB, which is then exported.
 */
import 'fake-indexeddb/auto';
import { statSync } from 'node:fs';
import { ParallaxDB } from '@/lib/store/db';
import { exportCollectionJson } from '@/lib/store/export';
import { saveReport } from '@/lib/store/save';
import { analyzeInput, expandInputs } from './lib/load-input';

function savedAtOf(file: string): string {
  try {
    return statSync(file).mtime.toISOString();
  } catch {
    return new Date().toISOString();
  }
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  if (args.length === 0 || args.includes('--help')) {
    process.stderr.write('usage: npm run build-collection -- <dirs or files...> > collection.json\n');
    process.exitCode = args.length === 0 ? 2 : 0;
    return;
  }
  const db = new ParallaxDB(`build-collection-${process.pid}`);
  let saved = 0;
  let skipped = 0;
  for (const file of expandInputs(args)) {
    try {
      const result = await analyzeInput(file);
      if (!result.article || !result.analysis) {
        skipped++;
        process.stderr.write(`skipped ${file}: ${result.skipped ?? 'not an article'}\n`);
        continue;
      }
      const outcome = await saveReport(db, {
        article: result.article,
        analysis: result.analysis,
        savedAt: savedAtOf(file),
      });
      saved++;
      const how = outcome.sameTextAs
        ? ` (same text as ${outcome.sameTextAs})`
        : outcome.created
          ? ''
          : ' (merged)';
      process.stderr.write(`saved ${file} → ${outcome.id}${how}\n`);
    } catch (err) {
      skipped++;
      process.stderr.write(`skipped ${file}: ${err instanceof Error ? err.message : String(err)}\n`);
    }
  }
  process.stdout.write(await exportCollectionJson(db));
  process.stderr.write(
    `${saved} saved, ${skipped} skipped, ${await db.reports.count()} reports in the collection\n`,
  );
  db.close();
}

void main();
