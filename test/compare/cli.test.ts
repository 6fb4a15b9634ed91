import { execFileSync, spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { corpusDir, corpusSkipReason, hasCorpus } from '@/test/corpus';

const root = resolve(import.meta.dirname, '../..');
const fixtures = join(root, 'test/fixtures/compare/txt');
const tsx = join(root, 'node_modules/.bin/tsx');

interface CompareOutput {
  target: string;
  related: { file: string; score: number; why: string }[];
  differences: {
    file: string;
    newClaims: string[];
    changedFigures: { here: string; there: string; what: string }[];
    rewordedQuotes: {
      here: string;
      there: string;
      diff: { value: string; added: boolean; removed: boolean }[];
    }[];
    attributionShifts: { claim: string; here: string; there: string }[];
  }[];
  provenance: { id: string; role: string; of?: string }[];
}

function compare(...args: string[]): CompareOutput {
  return JSON.parse(execFileSync(tsx, ['scripts/compare.ts', ...args], { cwd: root, encoding: 'utf8' }));
}

describe('npm run compare -- --rank-all', () => {
  it('prints one JSON line per input, ranking it against all the others, same event flagged', () => {
    const dir = join(root, 'test/fixtures/compare/invented');
    const out = execFileSync(tsx, ['scripts/compare.ts', '--rank-all', dir], { cwd: root, encoding: 'utf8' });
    const lines = out
      .trim()
      .split('\n')
      .map(
        (l) =>
          JSON.parse(l) as {
            file: string;
            related: { file: string; score: number; event: boolean; why: string }[];
          },
      );
    expect(lines).toHaveLength(readdirSync(dir).length);
    const courier = lines.find((l) => l.file.endsWith('flood-courier.txt'))!;
    // Plain-text inputs are undated: the reasons give no time distance, and nothing is dated today.
    for (const r of courier.related) expect(r.why).not.toMatch(/days? (?:earlier|later)/);
    expect(courier.related[0].file).toMatch(/flood-gazette\.txt$/);
    expect(courier.related[0].event).toBe(true);
    expect(courier.related.map((r) => r.file)).not.toContain(courier.file);
  });
});

describe('npm run compare', () => {
  it('ranks, diffs and traces provenance for text inputs run through the pipeline', () => {
    const out = compare(join(fixtures, 'ledger-t22.txt'), fixtures);
    const related = out.related.map((r) => r.file.split('/').pop());
    expect(related).toEqual(expect.arrayContaining(['wire-t22.txt', 'brief-t22.txt']));
    expect(related).not.toContain('harbor-red-sea.txt');
    expect(related).not.toContain('ledger-t22.txt');
    const wire = out.differences.find((d) => d.file.endsWith('wire-t22.txt'))!;
    expect(wire.changedFigures).toEqual([
      expect.objectContaining({ what: 'wounded', here: 'more than 40', there: 'at least 34' }),
    ]);
    expect(wire.rewordedQuotes[0].diff.some((p) => p.added && p.value === 'shall')).toBe(true);
    expect(wire.attributionShifts.length).toBeGreaterThan(0);
    const self = out.provenance.find((p) => p.id.endsWith('ledger-t22.txt'));
    expect(self).toMatchObject({ role: 'rewrite', of: 'Wire Service' });
  });

  it('reports unreadable inputs on stderr, keeps going and exits 1', () => {
    const r = spawnSync(
      tsx,
      [
        'scripts/compare.ts',
        join(fixtures, 'wire-t22.txt'),
        join(fixtures, 'brief-t22.txt'),
        '/no/such/file.txt',
      ],
      {
        cwd: root,
        encoding: 'utf8',
      },
    );
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/no such file/);
    expect((JSON.parse(r.stdout) as CompareOutput).related.length).toBe(1);
  });

  it('explains its usage and exits 2 without enough inputs', () => {
    const r = spawnSync(tsx, ['scripts/compare.ts', join(fixtures, 'wire-t22.txt')], {
      cwd: root,
      encoding: 'utf8',
    });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/usage: npm run compare/);
  });
});

describe.skipIf(!hasCorpus)('npm run compare on the seeds', () => {
  it('prints the seed provenance', () => {
    const dir = join(corpusDir, 'seeds');
    const files = readdirSync(dir)
      .sort()
      .map((f) => join(dir, f));
    const out = compare(files[1], ...files);
    const roles = Object.fromEntries(out.provenance.map((p) => [p.id.split('/').pop()!.slice(0, 3), p.role]));
    expect(roles).toMatchObject({ '000': 'rewrite', '001': 'excerpt', '002': 'summary' });
    expect(
      out.related
        .map((r) => r.file.split('/').pop()!.slice(0, 3))
        .slice(0, 2)
        .sort(),
    ).toEqual(['000', '002']);
  });
});

if (!hasCorpus) console.warn(corpusSkipReason);
