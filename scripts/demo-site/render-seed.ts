import { notFound, type RouteResult } from './not-found';

/** Renders /seeds/NNN from ../shared/corpus/seeds at request time. */
export function renderSeedRoute(path: string): RouteResult {
  return notFound(path, 'Seed pages are not available yet.');
}
