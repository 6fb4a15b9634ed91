import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { cruise } from 'dependency-cruiser';
import { afterAll, describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const rules = createRequire(import.meta.url)(join(root, '.dependency-cruiser.cjs'));

/** Cruises `files` (path → source) laid out in a scratch tree with the project's own rules. */
async function violationsIn(files: Record<string, string>): Promise<string[]> {
  const dir = mkdtempSync(join(tmpdir(), 'parallax-house-'));
  dirs.push(dir);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  {
    const result = await cruise(Object.keys(files), {
      ruleSet: { forbidden: rules.forbidden },
      validate: true,
      tsPreCompilationDeps: true,
      enhancedResolveOptions: rules.options.enhancedResolveOptions,
      baseDir: dir,
    });
    const output = typeof result.output === 'string' ? JSON.parse(result.output) : result.output;
    return output.summary.violations.map((v: { rule: { name: string } }) => v.rule.name);
  }
}

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

describe('house rules (.dependency-cruiser.cjs)', () => {
  it('the project itself has no violation', async () => {
    const result = await cruise(['lib', 'components', 'entrypoints', 'scripts', 'test'], {
      ...rules.options,
      ruleSet: { forbidden: rules.forbidden },
      validate: true,
      baseDir: root,
    });
    const output = typeof result.output === 'string' ? JSON.parse(result.output) : result.output;
    const found = output.summary.violations.map(
      (v: { rule: { name: string }; from: string; to: string }) => `${v.rule.name}: ${v.from} → ${v.to}`,
    );
    expect(found).toEqual([]);
  }, 60_000);

  it('fails on a planted import circle', async () => {
    const found = await violationsIn({
      'lib/store/a.ts': "import { b } from './b';\nexport const a = () => b;\n",
      'lib/store/b.ts': "import { a } from './a';\nexport const b = () => a;\n",
    });
    expect(found).toContain('no-circular');
  });

  it('fails when pure code imports browser glue, and when lib imports components', async () => {
    const found = await violationsIn({
      'lib/ext/messages.ts': 'export const send = 1;\n',
      'components/Widget.ts': 'export const Widget = 1;\n',
      'lib/compare/x.ts':
        "import { send } from '../ext/messages';\nimport { Widget } from '../../components/Widget';\nexport const x = [send, Widget];\n",
    });
    expect(found).toContain('pure-lib-no-platform');
    expect(found).toContain('lib-not-components');
  });

  it('fails when shipped code imports the Node-only folder', async () => {
    const found = await violationsIn({
      'lib/node/parse-html.ts': 'export const parse = 1;\n',
      'lib/extract/y.ts': "import { parse } from '../node/parse-html';\nexport const y = parse;\n",
    });
    expect(found).toContain('node-only');
  });
});
