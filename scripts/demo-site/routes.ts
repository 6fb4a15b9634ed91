import { articles } from './articles/index';
import { referencePages } from './articles/reference-pages';
import { hostileArticles } from './hostile-articles';
import { renderTrap } from './hostile-traps';
import { HTML, notFound, type RouteResult } from './not-found';
import { renderArticle } from './render-article';
import { renderHome } from './render-home';
import { dynamicPages, spaPaths } from './render-live';
import { renderReference } from './render-reference';
import { renderSeedRoute } from './render-seed';
import { outletCss, outletIcon } from './styles';
import type { ArticleSpec, OutletId, RenderContext } from './types';

export type { RouteResult } from './not-found';

const outletIds: OutletId[] = ['ledger', 'harbor', 'dispatch', 'northgate'];

const allArticles: ArticleSpec[] = [...articles, ...hostileArticles];
const byPath = new Map<string, ArticleSpec>(allArticles.map((a) => [a.path, a]));
const dynamicByPath = new Map(dynamicPages.map((d) => [d.page.path, d]));
const referenceByPath = new Map(referencePages.map((r) => [r.path, r]));

function related(a: ArticleSpec): { title: string; path: string }[] {
  const same = articles.filter(
    (b) => b !== a && b.kind !== 'hostile' && (b.event === a.event || b.outlet === a.outlet),
  );
  return same.slice(0, 5).map((b) => ({ title: b.title, path: b.path }));
}

/** Resolves a decoded URL path to a page, stylesheet or icon. */
export function routePage(path: string, ctx: RenderContext): RouteResult {
  if (path === '/' || path === '/index.html')
    return {
      status: 200,
      type: HTML,
      body: renderHome(
        articles,
        dynamicPages.map((d) => d.page),
        hostileArticles,
        referencePages,
      ),
    };
  const article = byPath.get(path);
  if (article) {
    const seed = allArticles.indexOf(article);
    return { status: 200, type: HTML, body: renderArticle(article, ctx, related(article), seed) };
  }
  const trap = renderTrap(path, ctx);
  if (trap) return { status: 200, type: HTML, body: trap };
  const reference = referenceByPath.get(path);
  if (reference) return { status: 200, type: HTML, body: renderReference(reference, ctx) };
  // The SPA answers each of its stories' addresses, so a reload after pushState still works.
  const dynamic = dynamicByPath.get(spaPaths.includes(path) ? '/live/spa.html' : path);
  if (dynamic) return { status: 200, type: HTML, body: dynamic.render(ctx) };
  if (path.startsWith('/seeds/')) return renderSeedRoute(path);
  const css = /^\/assets\/([a-z]+)\.css$/.exec(path);
  if (css && outletIds.includes(css[1] as OutletId))
    return { status: 200, type: 'text/css; charset=utf-8', body: outletCss(css[1] as OutletId) };
  const icon = /^\/assets\/icon-([a-z]+)\.svg$/.exec(path);
  if (icon && outletIds.includes(icon[1] as OutletId))
    return { status: 200, type: 'image/svg+xml', body: outletIcon(icon[1] as OutletId) };
  if (path === '/favicon.ico') return { status: 200, type: 'image/svg+xml', body: outletIcon('ledger') };
  return notFound(path);
}
