import { describe, expect, it } from 'vitest';
import { demoPages } from '../../scripts/demo-site/catalog';
import { type ChromiumSession, launchChromium } from './harness/chromium';
import { type DemoSite, useDemoAndBrowser } from './harness/demo';
import { type FirefoxSession, launchFirefox } from './harness/firefox';
import { unexpectedEscapes } from './harness/sentinel';
import { shot } from './harness/shots';

// The content script marks <html data-parallax="..."> once it has run; the attribute is invisible and
// lets the test tell "ran and decided" apart from "never ran".
const ranMarker = () => document.documentElement.dataset.parallax ?? null;

const firstArticle = demoPages.find((p) => p.kind === 'article');
if (!firstArticle) throw new Error('the demo site has no on-topic article');
const ARTICLE = firstArticle.path.replace(/^\//, '');
const HOME = '';

describe('foundation in Chromium', () => {
  let demo: DemoSite;
  let s: ChromiumSession;
  useDemoAndBrowser(launchChromium, (d, b) => {
    demo = d;
    s = b;
  });

  it('runs the content script on an article page', async () => {
    const page = await s.open(demo.url + ARTICLE);
    await page.waitForFunction(ranMarker, null, { timeout: 15_000 });
    expect(await page.evaluate(ranMarker)).toBe('article');
    await shot(page, 'chromium-foundation-article');
  });

  it('does nothing visible on the non-article front page', async () => {
    const page = await s.open(demo.url + HOME);
    const before = await page.evaluate(() => document.body.innerText);
    await page.waitForFunction(ranMarker, null, { timeout: 15_000 });
    expect(await page.evaluate(ranMarker)).toBe('not-article');
    expect(await page.evaluate(() => document.body.innerText)).toBe(before);
  });

  it('renders the side panel page', async () => {
    const article = await s.open(demo.url + ARTICLE);
    await article.waitForFunction(ranMarker, null, { timeout: 15_000 });
    const panel = await s.openPanel(article);
    await panel.waitForSelector('h1, [role="tablist"]', { timeout: 15_000 });
    expect(await panel.title()).toContain('Parallax');
    await shot(panel, 'chromium-foundation-panel');
  });

  it('sends no request off the machine', () => {
    expect(s.extensionRequests).toEqual([]);
    expect(unexpectedEscapes(s.sentinel.escaped)).toEqual([]);
    expect(s.pageErrors).toEqual([]);
  });
});

describe('foundation in Firefox', () => {
  let demo: DemoSite;
  let s: FirefoxSession;
  useDemoAndBrowser(launchFirefox, (d, b) => {
    demo = d;
    s = b;
  });

  it('runs the content script on an article page and not visibly on the front page', async () => {
    const page = await s.open(demo.url + ARTICLE);
    await page.waitForFunction(ranMarker, { timeout: 15_000 });
    expect(await page.evaluate(ranMarker)).toBe('article');
    await shot(page, 'firefox-foundation-article');
    const home = await s.open(demo.url + HOME);
    await home.waitForFunction(ranMarker, { timeout: 15_000 });
    expect(await home.evaluate(ranMarker)).toBe('not-article');
  });

  it('renders the sidebar page', async () => {
    const article = await s.open(demo.url + ARTICLE);
    const panel = await s.openPanel(article, demo.url);
    await panel.waitForSelector('h1, [role="tablist"]', { timeout: 15_000 });
    await shot(panel, 'firefox-foundation-panel');
  });

  it('sends no request off the machine', () => {
    expect(unexpectedEscapes(s.sentinel.escaped)).toEqual([]);
  });
});
