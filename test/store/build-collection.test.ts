import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { importCollection } from '@/lib/store/import';
import { searchReports } from '@/lib/store/query';
import { corpusDir, corpusSkipReason, hasCorpus } from '../corpus';
import { freshDb } from './helpers';

const run = promisify(execFile);
const root = resolve(import.meta.dirname, '../..');

describe.skipIf(!hasCorpus)(
  `build-collection on the seed reports (${hasCorpus ? 'corpus found' : corpusSkipReason})`,
  () => {
    it('builds an importable collection and skips non-articles with a message', async () => {
      const dir = mkdtempSync(join(tmpdir(), 'parallax-bc-'));
      writeFileSync(join(dir, 'title-only.txt'), 'Just a headline with no body\n');
      const { stdout, stderr } = await run(
        'node',
        ['--import', 'tsx', 'scripts/build-collection.ts', join(corpusDir, 'seeds'), dir],
        { cwd: root, maxBuffer: 64 * 1024 * 1024 },
      );
      expect(stderr).toMatch(/skipped .*title-only\.txt: empty text/);
      const file = JSON.parse(stdout);
      expect(file.format).toBe('parallax-collection');
      expect(file.reports).toHaveLength(5);
      const db = freshDb();
      expect(await importCollection(db, stdout)).toMatchObject({ ok: true, value: { added: 5 } });
      const hits = await searchReports(db, { text: 'militia' });
      expect(hits.length).toBeGreaterThan(0);
      expect(hits.every((r) => r.text.length > 0)).toBe(true);
      expect(hits.some((r) => r.claims.length > 0 && r.actors.length > 0)).toBe(true);
    });
  },
);
