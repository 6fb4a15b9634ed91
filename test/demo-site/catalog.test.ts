import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { articles } from '../../scripts/demo-site/articles/index';
import { demoPages, plantedDifferences } from '../../scripts/demo-site/catalog';
import { wordCount } from '../../scripts/demo-site/html';
import { outlets } from '../../scripts/demo-site/outlets';
import { type DemoSite, startDemoSite } from '../../scripts/demo-site/server';
import { fetchPage, textOf } from './site-helpers';

describe('demo site catalog and content', () => {
  let site: DemoSite;
  beforeAll(async () => {
    site = await startDemoSite();
  });
  afterAll(async () => {
    await site.close();
  });

  it('has the pages the brief asks for', () => {
    const on = demoPages.filter((p) => p.kind === 'article');
    expect(on.length).toBeGreaterThanOrEqual(10);
    expect(new Set(on.map((p) => p.outlet)).size).toBeGreaterThanOrEqual(4);
    expect(new Set(on.map((p) => p.event)).size).toBe(3);
    expect(on.filter((p) => p.event === 'e1').length).toBeGreaterThanOrEqual(4);
    const e1roles = new Set(on.filter((p) => p.event === 'e1').map((p) => p.role));
    for (const role of ['original', 'rewrite', 'excerpt', 'summary', 'independent'])
      expect(e1roles).toContain(role);
    expect(demoPages.filter((p) => p.kind === 'offtopic').length).toBeGreaterThanOrEqual(2);
    expect(demoPages.filter((p) => p.kind === 'home').map((p) => p.path)).toEqual(['/']);
    expect(demoPages.filter((p) => p.kind === 'dynamic').map((p) => p.path)).toEqual([
      '/live/late-body.html',
      '/live/spa.html',
    ]);
    expect(new Set(demoPages.map((p) => p.path)).size).toBe(demoPages.length);
    expect(Object.values(outlets).some((o) => o.dark)).toBe(true);
  });

  it('keeps articles at 450–900 words, and summaries short', () => {
    for (const a of articles) {
      const n = wordCount(a.paragraphs);
      if (a.role === 'summary') expect(n, a.path).toBeLessThan(450);
      else {
        expect(n, a.path).toBeGreaterThanOrEqual(450);
        expect(n, a.path).toBeLessThanOrEqual(900);
      }
    }
  });

  it('declares JSON-LD and OpenGraph exactly where the catalog says', async () => {
    for (const p of demoPages) {
      const { doc } = await fetchPage(site.url, p.path);
      const ld = doc.querySelector('script[type="application/ld+json"]');
      const og = doc.querySelector('meta[property="og:type"]');
      expect(Boolean(ld), `${p.path} JSON-LD`).toBe(p.schemaOrg);
      expect(Boolean(og), `${p.path} OpenGraph`).toBe(p.openGraph);
      if (ld) {
        const data = JSON.parse(ld.textContent ?? '');
        expect(data['@type']).toBe('NewsArticle');
        expect(data.headline).toBe(p.title);
        expect(data.datePublished).toBe(p.publishedTime);
        expect(data.author[0].name.length).toBeGreaterThan(0);
        expect(data.publisher.name).toBe(p.outlet);
      }
      if (og) {
        const meta = (prop: string) => doc.querySelector(`meta[property="${prop}"]`)?.getAttribute('content');
        expect(meta('og:type')).toBe('article');
        expect(meta('og:site_name')).toBe(p.outlet);
        expect(meta('article:published_time')).toBe(p.publishedTime);
        expect(meta('og:url')).toBe(new URL(p.path, site.url).href);
        expect(doc.querySelector('link[rel=canonical]')?.getAttribute('href')).toBe(
          new URL(p.path, site.url).href,
        );
      }
    }
  });

  it('shows a date on every article: a <time> element or a plain date line', async () => {
    for (const a of articles) {
      const { doc } = await fetchPage(site.url, a.path);
      const time = doc.querySelector('article time');
      if (a.dateDisplay === 'time') expect(time?.getAttribute('datetime'), a.path).toBe(a.publishedTime);
      else {
        expect(time, a.path).toBeNull();
        expect(textOf(doc.querySelector('.dateline-meta')), a.path).toMatch(/Published \d{1,2} \w+ \d{4}/);
      }
    }
  });

  it('carries the clutter of real news pages', async () => {
    const { doc } = await fetchPage(site.url, articles[0].path);
    for (const sel of [
      '.site-header nav',
      '.related a',
      '.ad',
      '.newsletter form',
      '.comments .comment',
      '.cookie-banner',
      'footer',
    ])
      expect(doc.querySelector(sel), sel).not.toBeNull();
    expect(doc.querySelectorAll('.comments .comment').length).toBe(3);
  });

  it('has a homepage that is not an article and links to every page', async () => {
    const { doc } = await fetchPage(site.url, '/');
    const hrefs = new Set([...doc.querySelectorAll('a[href]')].map((a) => a.getAttribute('href')));
    for (const p of demoPages.filter((x) => x.kind !== 'home')) expect(hrefs, p.path).toContain(p.path);
    expect(doc.querySelector('article')).toBeNull();
    expect(doc.querySelectorAll('.teaser').length).toBeGreaterThanOrEqual(10);
  });

  it('plants every recorded difference verbatim in the named pages', async () => {
    expect(plantedDifferences.length).toBeGreaterThanOrEqual(10);
    for (const type of ['figure', 'quote', 'attribution'])
      expect(plantedDifferences.map((d) => d.type)).toContain(type);
    for (const d of plantedDifferences) {
      expect(new Set(d.occurrences.map((o) => o.text)).size, d.id).toBeGreaterThan(1);
      for (const o of d.occurrences) {
        const page = demoPages.find((p) => p.path === o.path);
        expect(page?.event, `${d.id} ${o.path}`).toBe(d.event);
        if (d.type === 'figure') expect(typeof o.value, d.id).toBe('number');
        if (d.type === 'attribution') expect(o.source, d.id).not.toBeUndefined();
        const { doc } = await fetchPage(site.url, o.path);
        expect(textOf(doc.querySelector('.story-body')), `${d.id} in ${o.path}`).toContain(o.text);
      }
    }
  });

  it('figure differences really disagree, and attribution differences name different sources', () => {
    for (const d of plantedDifferences) {
      if (d.type === 'figure')
        expect(new Set(d.occurrences.map((o) => o.value)).size, d.id).toBeGreaterThan(1);
      if (d.type === 'attribution')
        expect(new Set(d.occurrences.map((o) => o.source)).size, d.id).toBeGreaterThan(1);
    }
  });

  it('rewrites credit and link their original; the excerpt repeats it verbatim', async () => {
    for (const rewrite of articles.filter((a) => a.role === 'rewrite')) {
      const original = articles.find((a) => a.event === rewrite.event && a.role === 'original')!;
      const { doc } = await fetchPage(site.url, rewrite.path);
      const link = doc.querySelector(`.story-body a[href="${original.path}"]`);
      expect(textOf(link), rewrite.path).toBe(`${outlets[original.outlet].name} reported`);
    }
    const excerpt = articles.find((a) => a.role === 'excerpt')!;
    const original = articles.find((a) => a.event === excerpt.event && a.role === 'original')!;
    const shared = original.paragraphs
      .flatMap((p) => p.split(/(?<=[.!?])\s+/))
      .filter((s) => s.length > 80 && excerpt.paragraphs.some((q) => q.includes(s.replace(/\.$/, ''))));
    expect(shared.length).toBeGreaterThanOrEqual(1);
  });

  it('references no host other than the demo site itself', async () => {
    const origin = new URL(site.url).origin;
    for (const p of demoPages) {
      const { html, doc } = await fetchPage(site.url, p.path);
      for (const el of doc.querySelectorAll(
        '[src],[href],[action],[data],[poster],[srcset],[formaction],[background]',
      )) {
        for (const attr of [
          'src',
          'href',
          'action',
          'data',
          'poster',
          'srcset',
          'formaction',
          'background',
        ]) {
          const v = el.getAttribute(attr);
          if (v === null) continue;
          const u = new URL(v.trim(), site.url);
          if (u.protocol === 'http:' || u.protocol === 'https:')
            expect(u.origin, `${p.path} ${attr}=${v}`).toBe(origin);
        }
      }
      const absolute = html.match(/https?:\/\/[^\s"'<>)\\]+/g) ?? [];
      for (const a of absolute) {
        if (a === 'https://schema.org') continue;
        expect(new URL(a).origin, `${p.path}: ${a}`).toBe(origin);
      }
      expect(html, p.path).not.toMatch(/url\(\s*['"]?(https?:)?\/\//);
    }
  });

  it('gives one outlet a dark theme and serves per-outlet styles', async () => {
    const dark = Object.values(outlets).find((o) => o.dark)!;
    const css = await (await fetch(new URL(`/assets/${dark.id}.css`, site.url))).text();
    expect(css).toMatch(/body\{background:#1[0-9a-f]{5}/);
    const page = articles.find((a) => a.outlet === dark.id && a.event === 'e1');
    expect(page).toBeDefined();
  });
});
