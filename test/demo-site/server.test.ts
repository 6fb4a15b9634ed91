import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoPages } from '../../scripts/demo-site/catalog';
import { type DemoSite, startDemoSite } from '../../scripts/demo-site/server';
import { fetchPage } from './site-helpers';

describe('demo site server', () => {
  let site: DemoSite;
  beforeAll(async () => {
    site = await startDemoSite({ port: 0 });
  });
  afterAll(async () => {
    await site.close();
  });

  it('binds to 127.0.0.1 on a random port', () => {
    const url = new URL(site.url);
    expect(url.hostname).toBe('127.0.0.1');
    expect(Number(url.port)).toBeGreaterThan(0);
    expect(site.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
  });

  it('two sites started with port 0 get different ports', async () => {
    const other = await startDemoSite();
    try {
      expect(other.url).not.toBe(site.url);
    } finally {
      await other.close();
    }
  });

  it('serves every catalog page with 200, HTML and no-store', async () => {
    for (const p of demoPages) {
      const { status, headers } = await fetchPage(site.url, p.path);
      expect(status, p.path).toBe(200);
      expect(headers.get('content-type'), p.path).toBe('text/html; charset=utf-8');
      expect(headers.get('cache-control'), p.path).toBe('no-store');
    }
  });

  it('serves stylesheets and icons with their content types', async () => {
    for (const outlet of ['ledger', 'harbor', 'dispatch', 'northgate']) {
      const css = await fetch(new URL(`/assets/${outlet}.css`, site.url));
      expect(css.headers.get('content-type')).toBe('text/css; charset=utf-8');
      expect(await css.text()).toContain('.story-body');
      const icon = await fetch(new URL(`/assets/icon-${outlet}.svg`, site.url));
      expect(icon.headers.get('content-type')).toBe('image/svg+xml');
      await icon.text();
    }
  });

  it('answers unknown paths with a clear 404 page', async () => {
    const { status, doc, headers } = await fetchPage(site.url, '/no/such/story.html');
    expect(status).toBe(404);
    expect(headers.get('cache-control')).toBe('no-store');
    expect(doc.querySelector('h1')?.textContent).toBe('Page not found');
    expect(doc.body.textContent).toContain('/no/such/story.html');
  });

  it('answers HEAD with headers and no body', async () => {
    const res = await fetch(new URL('/', site.url), { method: 'HEAD' });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await res.text()).toBe('');
  });

  it('refuses methods other than GET and HEAD', async () => {
    const res = await fetch(new URL('/', site.url), { method: 'POST', body: 'x' });
    expect(res.status).toBe(405);
    expect(await res.text()).toContain('only serves GET and HEAD');
  });

  it('fills canonical and og:url with the origin actually in use', async () => {
    const page = demoPages.find((p) => p.openGraph && p.kind === 'article');
    expect(page).toBeDefined();
    const { doc } = await fetchPage(site.url, page!.path);
    const expected = new URL(page!.path, site.url).href;
    expect(doc.querySelector('link[rel=canonical]')?.getAttribute('href')).toBe(expected);
    expect(doc.querySelector('meta[property="og:url"]')?.getAttribute('content')).toBe(expected);
  });
});
