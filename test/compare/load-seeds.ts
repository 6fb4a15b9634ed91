/**
 * Loads the five seed reports from the shared corpus and runs them through the analysis pipeline, for
 * tests that check the engine on real material. Callers guard with `hasCorpus`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { fromArticle } from '@/lib/compare/comparable';
import type { ComparableReport } from '@/lib/compare/types';
import { analyzeText } from '@/lib/pipeline';
import { corpusDir } from '@/test/corpus';

/** The seeds keyed by their number ("000" … "004"), analysed once. */
export function loadSeeds(): Record<string, ComparableReport> {
  const dir = join(corpusDir, 'seeds');
  const out: Record<string, ComparableReport> = {};
  for (const file of readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()) {
    const path = join(dir, file);
    const result = analyzeText(readFileSync(path, 'utf8'), pathToFileURL(path).href);
    if (!result.article || !result.analysis) throw new Error(`seed ${file} not analysed: ${result.skipped}`);
    out[file.slice(0, 3)] = fromArticle(result.article, result.analysis, file.slice(0, 3));
  }
  return out;
}
