/** Export and import of the collection for the panel and options page, through lib/store's own format. */

import { storyMarkdown } from '@/lib/compare/markdown';
import type { ParallaxDB } from '@/lib/store/db';
import { exportCollectionJson } from '@/lib/store/export';
import { importCollection as storeImport } from '@/lib/store/import';
import { getReports } from '@/lib/store/query';
import type { Result } from '@/lib/types';
import { failure } from './source';

/** The whole collection as a JSON file. */
export async function exportCollection(db: ParallaxDB): Promise<Result<{ name: string; text: string }>> {
  try {
    const text = await exportCollectionJson(db);
    return { ok: true, value: { name: `parallax-${new Date().toISOString().slice(0, 10)}.json`, text } };
  } catch (err) {
    return failure(err);
  }
}

/** Imports a collection file; the store refuses a bad or newer file whole, so nothing is half-written. */
export async function importCollection(
  db: ParallaxDB,
  text: string,
  onProgress: (done: number, total: number) => void,
): Promise<Result<{ added: number }>> {
  try {
    const r = await storeImport(db, text, { onProgress: (p) => onProgress(p.done, p.total) });
    return r.ok ? { ok: true, value: { added: r.value.added + r.value.merged } } : r;
  } catch (err) {
    return failure(err);
  }
}

/** One story's reports as a Markdown file. */
export async function exportStoryMarkdown(
  db: ParallaxDB,
  reportIds: string[],
  label: string,
): Promise<Result<{ name: string; text: string }>> {
  try {
    const reports = await getReports(db, reportIds);
    const slug =
      label
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .slice(0, 40) || 'story';
    return { ok: true, value: { name: `parallax-${slug}.md`, text: storyMarkdown(reports, label) } };
  } catch (err) {
    return failure(err);
  }
}
