import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

/** Where the shared real-page corpus lives, beside the project. */
export const corpusDir = resolve(import.meta.dirname, '../../shared/corpus');

/** True when ../shared/corpus is present; tests that need it skip otherwise. */
export const hasCorpus = existsSync(resolve(corpusDir, 'seeds'));

/** The message printed when corpus tests are skipped. */
export const corpusSkipReason = `../shared/corpus not found at ${corpusDir}: corpus tests skipped`;
