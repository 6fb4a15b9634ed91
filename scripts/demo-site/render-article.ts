import { commentSection } from './comments';
import { escAttr, escText, humanDate, inlineMarkup, jsonForScript } from './html';
import { adSlot, newsletterBox, renderShell } from './layout';
import { outlets } from './outlets';
import type { ArticleMeta, ArticleSpec, RenderContext } from './types';

/** A headline and path for the "Related" rail. */
export interface RelatedLink {
  title: string;
  path: string;
}

/** The <head> metadata of an article-like page: description, keywords, OpenGraph and JSON-LD as it declares. */
export function articleMetadata(a: ArticleMeta, ctx: RenderContext): string {
  const o = outlets[a.outlet];
  const url = `${ctx.origin}${a.path}`;
  const desc = a.description ?? a.standfirst ?? '';
  const parts = [`<meta name="description" content="${escAttr(desc)}">`];
  if (a.keywords) parts.push(`<meta name="keywords" content="${escAttr(a.keywords.join(', '))}">`);
  if (a.openGraph) {
    parts.push(
      `<link rel="canonical" href="${escAttr(url)}">`,
      `<meta property="og:type" content="article">`,
      `<meta property="og:site_name" content="${escAttr(o.name)}">`,
      `<meta property="og:title" content="${escAttr(a.title)}">`,
      `<meta property="og:description" content="${escAttr(desc)}">`,
      `<meta property="og:url" content="${escAttr(url)}">`,
      `<meta property="article:published_time" content="${escAttr(a.publishedTime)}">`,
      `<meta property="article:section" content="${escAttr(a.section)}">`,
      `<meta property="article:author" content="${escAttr(a.byline)}">`,
    );
    if (a.image) parts.push(`<meta property="og:image" content="${escAttr(a.image)}">`);
  }
  if (a.schemaOrg) {
    const ld = {
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: a.title,
      description: desc,
      datePublished: a.publishedTime,
      dateModified: a.publishedTime,
      author: [{ '@type': 'Person', name: a.byline, ...(a.authorUrl ? { url: a.authorUrl } : {}) }],
      ...(a.image ? { image: [a.image] } : {}),
      publisher: { '@type': 'Organization', name: o.name },
      mainEntityOfPage: { '@type': 'WebPage', '@id': url },
      articleSection: a.section,
      ...(a.keywords ? { keywords: a.keywords } : {}),
    };
    parts.push(`<script type="application/ld+json">${jsonForScript(ld)}</script>`);
  }
  return parts.join('\n');
}

/** The visible publication line: a <time datetime> or, for outlets that print only text, a plain date. */
export function dateLine(a: ArticleMeta): string {
  const shown = humanDate(a.publishedTime, outlets[a.outlet].dateStyle);
  return a.dateDisplay === 'time'
    ? `<p class="dateline-meta">Published <time datetime="${escAttr(a.publishedTime)}">${escText(shown)}</time></p>`
    : `<p class="dateline-meta">Published ${escText(shown)}</p>`;
}

function body(a: ArticleSpec): string {
  const out: string[] = [];
  a.paragraphs.forEach((p, i) => {
    if (p.startsWith('## ')) out.push(`<h2>${escText(p.slice(3))}</h2>`);
    else if (i === 0 && a.dateline)
      out.push(`<p><strong class="dateline">${escText(a.dateline)} —</strong> ${inlineMarkup(p)}</p>`);
    else out.push(`<p>${inlineMarkup(p)}</p>`);
    if (i === 3) out.push(adSlot('inline'));
  });
  return out.join('\n');
}

function art(a: ArticleSpec): string {
  if (!a.imageCaption) return '';
  // Inline SVG keeps the page free of remote images.
  return `<figure class="figure-art"><svg viewBox="0 0 600 220" width="100%" role="img" aria-label="Illustration"><rect width="600" height="220" fill="#8a8f98"/><path d="M0 180 L150 120 L260 160 L380 90 L600 170 L600 220 L0 220Z" fill="#5b6270"/></svg><figcaption>${escText(a.imageCaption)}</figcaption></figure>`;
}

function sources(a: ArticleSpec): string {
  if (!a.sources?.length) return '';
  const items = a.sources.map((s) => `<li><a href="${escAttr(s.href)}">${escText(s.text)}</a></li>`).join('');
  return `<section class="sources" aria-label="Sources"><h2>Sources</h2><ul>${items}</ul></section>`;
}

/** Renders a complete article page with its outlet's chrome and clutter. */
export function renderArticle(
  a: ArticleSpec,
  ctx: RenderContext,
  related: RelatedLink[],
  seed: number,
): string {
  const main = `<article class="story">
<p class="kicker">${escText(a.section)}</p>
<h1>${escText(a.title)}</h1>
${a.standfirst ? `<p class="standfirst">${escText(a.standfirst)}</p>` : ''}
<p class="byline">By ${a.authorUrl ? `<a class="author" rel="author" href="${escAttr(a.authorUrl)}">${escText(a.byline)}</a>` : `<span class="author">${escText(a.byline)}</span>`}</p>
${dateLine(a)}
${art(a)}
<div class="story-body">
${body(a)}
</div>
${sources(a)}
<p class="share">Share: <a href="/share?to=email">Email</a> · <a href="/share?to=print">Print</a></p>
</article>
${newsletterBox(outlets[a.outlet])}
${commentSection(seed)}`;
  const rel = related.map((r) => `<li><a href="${escAttr(r.path)}">${escText(r.title)}</a></li>`).join('');
  const aside = `<section class="related"><h2>Related</h2><ul>${rel}</ul></section>`;
  return renderShell(a.outlet, {
    title: `${a.title} | ${outlets[a.outlet].name}`,
    head: articleMetadata(a, ctx),
    main,
    aside,
  });
}
