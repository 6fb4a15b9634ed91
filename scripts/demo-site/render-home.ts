import { escAttr, escText, humanDate } from './html';
import { newsletterBox, renderShell } from './layout';
import { outlets } from './outlets';
import type { ArticleSpec } from './types';

/** A page the front page lists by path and title. */
export interface ListedPage {
  path: string;
  title: string;
}

function teaser(a: ArticleSpec): string {
  const lede = a.standfirst ?? `${a.paragraphs[0].split(/(?<=\.)\s/)[0]}`;
  return `<li class="teaser"><p class="kicker">${escText(outlets[a.outlet].name)} · ${escText(a.section)}</p>
<h3><a href="${escAttr(a.path)}">${escText(a.title)}</a></h3><p>${escText(lede.replace(/\[([^\]]+)\]\([^)]*\)/g, '$1'))}</p>
<p class="teaser-date">${escText(humanDate(a.publishedTime))}</p></li>`;
}

/**
 * The front page at "/": a Meridian Ledger homepage (not an article) listing every article on the site,
 * with teasers for the story coverage and plain links for the rest.
 */
export function renderHome(
  articles: ArticleSpec[],
  live: ListedPage[],
  hostile: ListedPage[],
  reference: ListedPage[] = [],
): string {
  const byDate = [...articles].sort((a, b) => b.publishedTime.localeCompare(a.publishedTime));
  const story = byDate.filter((a) => a.kind === 'article' && a.outlet === 'ledger');
  const partners = byDate.filter((a) => a.kind === 'article' && a.outlet !== 'ledger');
  const other = byDate.filter((a) => a.kind === 'offtopic');
  const list = (xs: ArticleSpec[]) => `<ul class="headlines">${xs.map(teaser).join('\n')}</ul>`;
  const links = live.map((p) => `<li><a href="${escAttr(p.path)}">${escText(p.title)}</a></li>`).join('');
  // Hostile pages are listed by address only, so the front page itself carries no payload text.
  const tests = hostile
    .map((p, i) => `<li><a href="${escAttr(p.path)}">Security test page ${i + 1}</a></li>`)
    .join('');
  const main = `<h1 class="visually-hidden">Front page</h1>
<section aria-labelledby="top"><h2 id="top">Top stories: US forces under fire in Iraq, Syria and Jordan</h2>${list(story)}</section>
<section aria-labelledby="partners"><h2 id="partners">Coverage from our partners</h2>${list(partners)}</section>
<section aria-labelledby="more"><h2 id="more">Also in the news</h2>${list(other)}</section>`;
  const refs = reference.map((p) => `<li><a href="${escAttr(p.path)}">${escText(p.title)}</a></li>`).join('');
  const aside = `<section class="related"><h2>Reference</h2><ul>${refs}</ul></section><section class="related"><h2>Live and interactive</h2><ul>${links}</ul></section><section class="related"><h2>Reader submissions</h2><ul>${tests}</ul></section>${newsletterBox(outlets.ledger)}`;
  return renderShell('ledger', { title: 'The Meridian Ledger: news, analysis and opinion', main, aside });
}
