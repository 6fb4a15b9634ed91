import { articles } from './articles/index';
import { referencePages } from './articles/reference-pages';
import { hostileArticles } from './hostile-articles';
import { outlets } from './outlets';
import { dynamicPages } from './render-live';
import type { ArticleSpec, DemoPage, ReferenceSpec } from './types';

export type { DemoPage, PlantedDifference } from './types';

function toPage(a: ArticleSpec | ReferenceSpec): DemoPage {
  return {
    path: a.path,
    outlet: outlets[a.outlet].name,
    title: a.title,
    kind: a.kind,
    ...(a.event ? { event: a.event } : {}),
    publishedTime: a.publishedTime,
    ...(a.role ? { role: a.role } : {}),
    schemaOrg: a.schemaOrg,
    openGraph: a.openGraph,
  };
}

/** Every page the demo site serves, except the corpus-backed /seeds/NNN routes. */
export const demoPages: DemoPage[] = [
  {
    path: '/',
    outlet: outlets.ledger.name,
    title: 'The Meridian Ledger front page',
    kind: 'home',
    schemaOrg: false,
    openGraph: false,
  },
  ...articles.map(toPage),
  ...dynamicPages.map((d) => d.page),
  ...hostileArticles.map(toPage),
  ...referencePages.map(toPage),
];

export { plantedDifferences } from './planted-differences';

/** The corpus-backed seed pages; they answer 200 only when ../shared/corpus/seeds exists (404 otherwise). */
export const seedPaths: string[] = ['/seeds/000', '/seeds/001', '/seeds/002', '/seeds/003', '/seeds/004'];
