/**
 * Side panel figures: the gzipped size of the JS the sidepanel page loads (production build), and how long
 * related-ranking plus diffs take over a 200-report collection — the work the panel does on every change.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { deriveRelated, deriveStories } from '@/lib/panel/derive';
import type { Report } from '@/lib/types';
import { buildPanelFixture } from '@/test/fixtures/panel/fixtures';
import type { BenchModule } from './bench-types';

const root = resolve(import.meta.dirname, '../..');

/** JS files referenced by sidepanel.html plus their static imports (dynamic fixture chunks excluded). */
function sidepanelChunks(dist: string): string[] {
  const html = readFileSync(join(dist, 'sidepanel.html'), 'utf8');
  const seen = new Set<string>();
  const queue = [...html.matchAll(/(?:src|href)="\/?([^"]+\.js)"/g)].map((m) => m[1]);
  while (queue.length) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const code = readFileSync(join(dist, file), 'utf8');
    for (const m of code.matchAll(
      /(?:^|[;\n}])\s*import\s*(?:[^'"()]*?from\s*)?["']\.\/?([^"']+\.js)["']/g,
    )) {
      queue.push(join(file.split('/').slice(0, -1).join('/'), m[1]));
    }
  }
  return [...seen];
}

function collection(n: number): Report[] {
  const base = buildPanelFixture().reports;
  return Array.from({ length: n }, (_, i) => {
    const r = base[i % base.length];
    const day = String(1 + (i % 28)).padStart(2, '0');
    return {
      ...r,
      id: `${r.id}-${i}`,
      canonicalUrl: `${r.canonicalUrl}?v=${i}`,
      publishedTime: `2024-0${1 + (i % 9)}-${day}T10:00:00Z`,
    };
  });
}

const bench: BenchModule = {
  name: 'panel',
  async run() {
    execFileSync('npx', ['wxt', 'build'], { cwd: root, stdio: 'ignore' });
    const dist = join(root, '.output/chrome-mv3');
    const chunks = sidepanelChunks(dist);
    const gz = chunks.reduce((sum, f) => sum + gzipSync(readFileSync(join(dist, f))).length, 0);
    const fx = buildPanelFixture();
    const reports = collection(200);
    deriveRelated(fx.tabState, reports.slice(0, 10));
    const runs: number[] = [];
    for (let i = 0; i < 5; i++) {
      const t = performance.now();
      deriveRelated(fx.tabState, reports);
      runs.push(performance.now() - t);
    }
    runs.sort((a, b) => a - b);
    const t = performance.now();
    const stories = deriveStories(fx.tabState, reports.slice(0, 60));
    const storyMs = performance.now() - t;
    return {
      metrics: [
        { key: 'sidepanel_bundle_kb_gz', value: Math.round(gz / 102.4) / 10, target: 80, better: 'lower' },
        { key: 'panel_related_200_ms', value: Math.round(runs[2]) },
        { key: 'panel_stories_60_ms', value: Math.round(storyMs) },
      ],
      notes: [
        `chunks: ${chunks.join(', ')}; files in dist: ${readdirSync(join(dist, 'chunks')).length}`,
        `${stories.length} stories over 60 reports`,
        'related/stories run in the compare Web Worker, so these times never block the panel',
      ],
    };
  },
};

export default bench;
