import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { fixtureDir } from '../extract/fixtures';

const root = resolve(import.meta.dirname, '../..');

interface Line {
  file: string;
  article: {
    title: string;
    text: string;
    url: string;
    siteName: string;
    publishedTime: string | null;
  } | null;
  topics: { id: string; label: string; score: number; match: boolean }[];
  actors: {
    id: string;
    name: string;
    type: string;
    mentions: { start: number; end: number; text: string }[];
  }[];
  claims: { text: string; start: number; end: number; kinds: string[]; figures: { text: string }[] }[];
}

describe('npm run analyze (scripts/analyze.ts)', () => {
  let dir: string;
  let run: { stdout: string; stderr: string; status: number | null };
  let lines: Line[];

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'parallax-analyze-'));
    mkdirSync(join(dir, 'nested/deeper'), { recursive: true });
    writeFileSync(
      join(dir, 'nested/deeper/story.html.gz'),
      gzipSync(readFileSync(join(fixtureDir, 'news-og-only.html'))),
    );
    writeFileSync(join(dir, 'nested/notes.md'), 'ignored: not an input type');
    writeFileSync(
      join(dir, 'plain.txt'),
      'Rockets hit Iraqi base\n\nSeveral rockets struck Ain al-Asad air base in Iraq, a US official told reporters on Tuesday.\n',
    );
    writeFileSync(
      join(dir, 'big.html'),
      `<html><body>${'<p>Rockets hit the base again. </p>'.repeat(100_000)}</body></html>`,
    );
    writeFileSync(join(dir, 'broken.html.gz'), Buffer.from('this is not gzip data at all'));
    writeFileSync(join(dir, 'binary.html'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13, 1, 2, 3]));
    const args = [
      join(fixtureDir, 'news-jsonld.html'),
      join(fixtureDir, 'homepage.html'),
      join(dir, 'missing.html'),
      dir,
    ];
    const r = spawnSync('npx', ['tsx', 'scripts/analyze.ts', ...args], {
      cwd: root,
      encoding: 'utf8',
      timeout: 120_000,
    });
    run = { stdout: r.stdout, stderr: r.stderr, status: r.status };
    lines = run.stdout
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l) as Line);
  }, 180_000);

  it('prints one JSON line per readable input, in order, recursing into directories', () => {
    expect(lines.map((l) => l.file.replace(dir, '<tmp>').replace(fixtureDir, '<fx>'))).toEqual([
      '<fx>/news-jsonld.html',
      '<fx>/homepage.html',
      '<tmp>/big.html',
      '<tmp>/nested/deeper/story.html.gz',
      '<tmp>/plain.txt',
    ]);
  });

  it('gives articles with offsets that index article.text', () => {
    const [news, , , gz, txt] = lines;
    for (const l of [news, gz, txt]) {
      expect(l.article).not.toBeNull();
      const text = l.article?.text ?? '';
      for (const a of l.actors) for (const m of a.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
      for (const c of l.claims) expect(text.slice(c.start, c.end)).toBe(c.text);
    }
    expect(news.article?.title).toBe('Drone strike hits base housing US troops in eastern Syria');
    expect(news.topics.find((t) => t.match)).toBeDefined();
    expect(news.claims.some((c) => c.figures.length > 0)).toBe(true);
    expect(gz.article?.siteName).toBe('Northern Wire');
    expect(txt.article?.title).toBe('Rockets hit Iraqi base');
  });

  it('gives a non-article page article null and empty arrays', () => {
    const home = lines[1];
    expect(home.article).toBeNull();
    expect(home.topics).toEqual([]);
    expect(home.actors).toEqual([]);
    expect(home.claims).toEqual([]);
  });

  it('skips a page over the size limit with a clear reason instead of parsing it', () => {
    const big = lines[2] as Line & { skipped?: string };
    expect(big.article).toBeNull();
    expect(big.skipped).toMatch(/page too large: 3\.\d MB of HTML/);
  });

  it('reports each unreadable input on stderr and exits non-zero after processing the rest', () => {
    expect(run.stderr).toMatch(/missing\.html: no such file/);
    expect(run.stderr).toMatch(/broken\.html\.gz: not a valid gzip file/);
    expect(run.stderr).toMatch(/binary\.html: binary data, not HTML/);
    expect(run.stderr).toMatch(/3 input\(s\) could not be read/);
    expect(run.status).toBe(1);
  });
});
