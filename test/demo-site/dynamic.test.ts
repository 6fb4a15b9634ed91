import { JSDOM } from 'jsdom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lateBodyStory, spaStoryA, spaStoryB } from '../../scripts/demo-site/articles/live-stories';
import { type DemoSite, startDemoSite } from '../../scripts/demo-site/server';

async function load(site: DemoSite, path: string): Promise<JSDOM> {
  const url = new URL(path, site.url).href;
  const html = await (await fetch(url)).text();
  const dom = new JSDOM(html, {
    runScripts: 'dangerously',
    url,
    pretendToBeVisual: true,
    // jsdom has no layout; the SPA's scroll-to-top is irrelevant here.
    beforeParse: (w) => {
      w.scrollTo = () => {};
    },
  });
  await new Promise<void>((done) => {
    if (dom.window.document.readyState === 'complete') done();
    else dom.window.addEventListener('load', () => done());
  });
  return dom;
}

const paras = (dom: JSDOM) =>
  [...dom.window.document.querySelectorAll('#story-body p')].map((p) => p.textContent);

describe('dynamic pages', () => {
  let site: DemoSite;
  beforeAll(async () => {
    site = await startDemoSite();
  });
  afterAll(async () => {
    await site.close();
  });

  it('late-body inserts the article body about 800 ms after load, as text', async () => {
    const dom = await load(site, '/live/late-body.html');
    const doc = dom.window.document;
    expect(paras(dom)).toEqual(['Loading the full story…']);
    expect(doc.documentElement.hasAttribute('data-story-loaded')).toBe(false);
    await new Promise((r) => setTimeout(r, 400));
    expect(doc.documentElement.hasAttribute('data-story-loaded')).toBe(false);
    await new Promise((r) => setTimeout(r, 800));
    expect(doc.documentElement.getAttribute('data-story-loaded')).toBe('1');
    expect(paras(dom)).toEqual(lateBodyStory.paragraphs);
    expect(doc.getElementById('story-body')?.hasAttribute('aria-busy')).toBe(false);
    dom.window.close();
  });

  it('the SPA swaps articles with pushState and back again on popstate, without a reload', async () => {
    const dom = await load(site, '/live/spa.html');
    const { document: doc, location, history } = dom.window;
    expect(doc.getElementById('story-title')?.textContent).toBe(spaStoryA.title);
    expect(paras(dom)).toEqual(spaStoryA.paragraphs);
    const marker = doc.createElement('i');
    marker.id = 'same-document';
    doc.body.append(marker);
    const link = doc.querySelector<HTMLAnchorElement>(`a[data-spa][href="${spaStoryB.path}"]`);
    expect(link).not.toBeNull();
    link!.click();
    expect(location.pathname).toBe(spaStoryB.path);
    expect(doc.title).toContain(spaStoryB.title);
    expect(doc.getElementById('story-title')?.textContent).toBe(spaStoryB.title);
    expect(doc.getElementById('story-time')?.getAttribute('datetime')).toBe(spaStoryB.publishedTime);
    expect(paras(dom)).toEqual(spaStoryB.paragraphs);
    expect(doc.getElementById('same-document')).not.toBeNull();
    const popped = new Promise((r) => dom.window.addEventListener('popstate', r, { once: true }));
    history.back();
    await popped;
    expect(location.pathname).toBe(spaStoryA.path);
    expect(doc.getElementById('story-title')?.textContent).toBe(spaStoryA.title);
    dom.window.close();
  });

  it('serves the SPA at the second story address too, so a reload lands on that story', async () => {
    const dom = await load(site, spaStoryB.path);
    expect(dom.window.document.getElementById('story-title')?.textContent).toBe(spaStoryB.title);
    dom.window.close();
  });
});
