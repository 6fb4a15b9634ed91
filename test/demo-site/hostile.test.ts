import { JSDOM } from 'jsdom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoPages } from '../../scripts/demo-site/catalog';
import { hostilePayloads, pwnedCounter } from '../../scripts/demo-site/hostile-payloads';
import { type DemoSite, startDemoSite } from '../../scripts/demo-site/server';
import { fetchPage } from './site-helpers';

const hostile = demoPages.filter((p) => p.kind === 'hostile');

/** Everything a page exposes as strings: title, text, attribute values and parsed JSON-LD. */
function haystack(doc: Document): string {
  const attrs = [...doc.querySelectorAll('*')].flatMap((el) => [...el.attributes].map((a) => a.value));
  const ld = [...doc.querySelectorAll('script[type="application/ld+json"]')].map((s) =>
    JSON.stringify(JSON.parse(s.textContent ?? '')),
  );
  const ldValues = ld.map((j) => JSON.parse(j) as Record<string, unknown>).flatMap((o) => collect(o));
  return [doc.title, doc.documentElement.textContent ?? '', ...attrs, ...ldValues].join('\n');
}

function collect(v: unknown): string[] {
  if (typeof v === 'string') return [v];
  if (Array.isArray(v)) return v.flatMap(collect);
  if (v && typeof v === 'object') return Object.values(v).flatMap(collect);
  return [];
}

describe('hostile pages', () => {
  let site: DemoSite;
  beforeAll(async () => {
    site = await startDemoSite();
  });
  afterAll(async () => {
    await site.close();
  });

  it('export at least 50 distinct payloads, each of which would announce itself if run', () => {
    expect(hostilePayloads.length).toBeGreaterThanOrEqual(50);
    expect(new Set(hostilePayloads).size).toBe(hostilePayloads.length);
    for (const p of hostilePayloads) expect(p.includes(pwnedCounter) || p.includes('alert('), p).toBe(true);
  });

  it('are 3 to 5 on-topic article pages under /hostile/', async () => {
    expect(hostile.length).toBeGreaterThanOrEqual(3);
    expect(hostile.length).toBeLessThanOrEqual(5);
    const topical = [
      'Kataib Hezbollah',
      'Islamic Resistance in Iraq',
      'Pentagon',
      'militia',
      'drone',
      'US forces',
      'Iraq',
      'Syria',
    ];
    for (const p of hostile) {
      expect(p.path.startsWith('/hostile/')).toBe(true);
      const { doc } = await fetchPage(site.url, p.path);
      expect(doc.querySelector('article .story-body')).not.toBeNull();
      const text = doc.querySelector('article')?.textContent ?? '';
      expect(topical.filter((w) => text.includes(w)).length, p.path).toBeGreaterThanOrEqual(4);
    }
  });

  it('place every payload somewhere Parallax reads: text, attributes or JSON-LD', async () => {
    const all: string[] = [];
    for (const p of hostile) all.push(haystack((await fetchPage(site.url, p.path)).doc));
    const joined = all.join('\n');
    for (const payload of hostilePayloads) expect(joined.includes(payload), payload).toBe(true);
  });

  it('put payloads in the title, byline, OpenGraph, JSON-LD, body quotes and javascript: links', async () => {
    for (const p of hostile) {
      const { doc } = await fetchPage(site.url, p.path);
      const has = (s: string | null | undefined) => hostilePayloads.some((x) => (s ?? '').includes(x));
      expect(has(doc.title), `${p.path} title`).toBe(true);
      expect(has(doc.querySelector('.author')?.textContent), `${p.path} byline`).toBe(true);
      expect(
        has(doc.querySelector('meta[property="og:title"]')?.getAttribute('content')),
        `${p.path} og`,
      ).toBe(true);
      const ld = JSON.parse(doc.querySelector('script[type="application/ld+json"]')?.textContent ?? '{}');
      expect(has(ld.headline) && has(ld.author[0].name), `${p.path} JSON-LD`).toBe(true);
      expect(
        [...doc.querySelectorAll('.story-body p')].filter((el) => has(el.textContent)).length,
      ).toBeGreaterThan(5);
    }
    const links = [];
    for (const p of hostile) {
      const { doc } = await fetchPage(site.url, p.path);
      links.push(...[...doc.querySelectorAll('.sources a')].map((a) => a.getAttribute('href') ?? ''));
    }
    expect(links.filter((h) => /^\s*java\s*script:/i.test(h)).length).toBeGreaterThanOrEqual(3);
    expect(hostilePayloads.some((p) => p.includes('</script>'))).toBe(true);
    const bylineLinks = [];
    const images = [];
    for (const p of hostile) {
      const { doc } = await fetchPage(site.url, p.path);
      bylineLinks.push(doc.querySelector('a.author[rel=author]')?.getAttribute('href') ?? '');
      images.push(doc.querySelector('meta[property="og:image"]')?.getAttribute('content') ?? '');
    }
    expect(bylineLinks.filter((h) => hostilePayloads.includes(h)).length).toBeGreaterThanOrEqual(3);
    expect(images.filter((h) => hostilePayloads.includes(h)).length).toBeGreaterThanOrEqual(1);
  });

  it('are inert as served: no event handlers, no executable scripts, no embedded frames', async () => {
    for (const p of hostile) {
      const { doc, html } = await fetchPage(site.url, p.path);
      const handlers = [...doc.querySelectorAll('*')].filter((el) =>
        [...el.attributes].some((a) => /^on/i.test(a.name)),
      );
      expect(
        handlers.map((el) => el.outerHTML.slice(0, 80)),
        p.path,
      ).toEqual([]);
      const scripts = [...doc.querySelectorAll('script')].map((s) => s.getAttribute('type'));
      expect(scripts, p.path).toEqual(['application/ld+json']);
      for (const tag of [
        'iframe',
        'object',
        'embed',
        'svg script',
        'math',
        'base',
        'meta[http-equiv]',
        'template',
        'img',
      ])
        expect(doc.querySelector(tag), `${p.path} ${tag}`).toBeNull();
      expect(html).not.toContain('</script><script>');
    }
  });

  it('are linked from the front page without carrying payload text there', async () => {
    const { html } = await fetchPage(site.url, '/');
    for (const p of hostile) expect(html).toContain(`href="${p.path}"`);
    expect(html).not.toContain(pwnedCounter);
  });

  it('never run a payload when loaded with scripts enabled', async () => {
    for (const p of hostile) {
      const { html } = await fetchPage(site.url, p.path);
      const dom = new JSDOM(html, { runScripts: 'dangerously', url: new URL(p.path, site.url).href });
      const alerts: string[] = [];
      dom.window.alert = (m?: unknown) => alerts.push(String(m));
      for (const el of dom.window.document.querySelectorAll('*')) {
        el.dispatchEvent(new dom.window.Event('mouseover'));
        el.dispatchEvent(new dom.window.Event('focus'));
      }
      expect((dom.window as unknown as Record<string, unknown>)[pwnedCounter], p.path).toBeUndefined();
      expect(alerts).toEqual([]);
      dom.window.close();
    }
  });
});
