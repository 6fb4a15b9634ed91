/** Shared helpers for the store tests: fresh databases and saved fixture reports. */
import { ParallaxDB } from '@/lib/store/db';
import { saveReport } from '@/lib/store/save';
import type { Article } from '@/lib/types';
import { analyseFixture, makeArticle } from '../fixtures/store/make-articles';

let counter = 0;

/** A new, empty database with a unique name. */
export function freshDb(): ParallaxDB {
  counter++;
  return new ParallaxDB(`parallax-test-${process.pid}-${Date.now()}-${counter}`);
}

/** Saves an article with its fixture analysis. */
export function save(db: ParallaxDB, article: Article, savedAt?: string) {
  return saveReport(db, { article, analysis: analyseFixture(article), savedAt });
}

/** Saves generated reports 0..n-1 and returns their ids. */
export async function saveMany(db: ParallaxDB, n: number, seed = 1): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < n; i++)
    ids.push((await save(db, makeArticle(i, seed), `2024-03-0${1 + (i % 9)}T10:00:00.000Z`)).id);
  return ids;
}

/** Every row of every table, for before/after comparisons. */
export async function dump(db: ParallaxDB): Promise<unknown> {
  return {
    reports: await db.reports.toArray(),
    versions: await db.versions.toArray(),
    topics: await db.topics.toArray(),
    settings: await db.settings.toArray(),
    trash: await db.trash.toArray(),
  };
}
