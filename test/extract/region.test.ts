import { describe, expect, it } from 'vitest';
import { extractArticle } from '@/lib/extract';
import { regionDocument, storyRegion } from '@/lib/extract/region';
import { parseHtml } from '@/lib/node/parse-html';
import { corpusSkipReason, hasCorpus } from '../corpus';
import { readabilityPages } from './corpus-pages';
import { corpusF1 } from './token-f1';

const links = (n: number, label: string) =>
  Array.from({ length: n }, (_, i) => `<li><a href="/${label}/${i}">${label} ${i}</a></li>`).join('');

const PARAS = [
  'The river authority said on Tuesday that the spillway at Korrin Dam would stay open for another week.',
  'Engineers from the authority inspected the eastern embankment after two days of heavy rain upstream.',
  '"We are not taking chances with a structure this old," the authority chief, Mara Vellin, told reporters.',
  'About 1,200 residents of the valley were moved to schools and sports halls on higher ground overnight.',
  'The regional council has asked the national government for an emergency grant of $4 million.',
  'Farmers downstream said the early release had already flooded several hundred hectares of wheat.',
];

/** A news page whose story sits among a large menu, a rail of teasers, comments and a footer. */
function clutteredPage(): string {
  const story = PARAS.map((p) => `<p>${p}</p>`).join('');
  const teasers = Array.from(
    { length: 12 },
    (_, i) => `<div class="teaser"><h3><a href="/t/${i}">Teaser headline ${i}</a></h3><span>2h</span></div>`,
  ).join('');
  return `<!doctype html><html lang="en-GB"><head><title>Spillway stays open | Valley Courier</title>
<meta property="og:site_name" content="Valley Courier"></head>
<body class="site"><header><nav><ul>${links(120, 'section')}</ul></nav></header>
<div id="page" class="layout"><main class="main-col"><div class="story-wrap"><article class="story">
<h1>Spillway stays open</h1><p class="byline">By Ana Ruiz</p>${story}</article></div></main>
<aside class="rail">${teasers}</aside></div>
<script type="application/ld+json">{"@type":"NewsArticle","headline":"Spillway stays open","datePublished":"2024-03-05T08:00:00Z"}</script>
<footer><ul>${links(150, 'footer')}</ul></footer></body></html>`;
}

describe('the story region', () => {
  it('narrows a cluttered page to the story and its near ancestors, leaving menus and footers out', () => {
    const doc = parseHtml(clutteredPage(), 'https://courier.example/spillway');
    const region = storyRegion(doc);
    expect(region).not.toBeNull();
    expect(region?.querySelector('article.story')).not.toBeNull();
    expect(region?.contains(doc.querySelector('footer'))).toBe(false);
    expect(region?.contains(doc.querySelector('header nav'))).toBe(false);
  });

  it('reads the same article from the region as from the whole page, and leaves the page untouched', () => {
    const doc = parseHtml(clutteredPage(), 'https://courier.example/spillway');
    const before = doc.documentElement.outerHTML;
    const whole = extractArticle(doc, doc.URL, { region: null });
    const narrow = extractArticle(doc, doc.URL);
    expect(narrow?.text).toBe(whole?.text);
    expect(narrow?.title).toBe(whole?.title);
    expect(narrow?.publishedTime).toBe('2024-03-05T08:00:00.000Z');
    expect(narrow?.text).toContain('emergency grant of $4 million');
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it('copies the head, the language, body JSON-LD and the ancestors as empty shells', () => {
    const doc = parseHtml(clutteredPage(), 'https://courier.example/spillway');
    const region = storyRegion(doc) as Element;
    const copy = regionDocument(doc, region);
    expect(copy.documentElement.lang).toBe('en-GB');
    expect(copy.title).toBe('Spillway stays open | Valley Courier');
    expect(copy.head.querySelector('script[type="application/ld+json"]')).not.toBeNull();
    expect(copy.body.className).toBe('site');
    expect(copy.querySelector('footer')).toBeNull();
    expect(copy.querySelector('aside.rail')).toBeNull();
    expect(copy.querySelectorAll('article.story p').length).toBe(PARAS.length + 1);
  });

  it('reads small pages whole', () => {
    const doc = parseHtml(
      `<html><body><nav><a href="/">Home</a></nav><div><p>${PARAS.join('</p><p>')}</p></div></body></html>`,
      'https://courier.example/short',
    );
    expect(storyRegion(doc)).toBeNull();
  });
});

describe.skipIf(!hasCorpus)(
  hasCorpus ? 'the story region on the 130 readability test pages' : corpusSkipReason,
  () => {
    it('extracts the same text as reading the whole page', () => {
      const pairs: { truth: string; pred: string }[] = [];
      const differ: string[] = [];
      for (const page of readabilityPages()) {
        const doc = parseHtml(page.html(), `https://pages.example/${page.name}/`);
        if (!storyRegion(doc)) continue;
        const whole = extractArticle(doc, doc.URL, { region: null })?.text ?? '';
        const narrow = extractArticle(doc, doc.URL)?.text ?? '';
        pairs.push({ truth: whole, pred: narrow });
        if (corpusF1([{ truth: whole, pred: narrow }]).f1 < 0.99) differ.push(page.name);
      }
      console.log(
        `story region: ${pairs.length} of 130 pages narrowed; differ: ${differ.join(', ') || 'none'}`,
      );
      expect(pairs.length).toBeGreaterThan(40);
      expect(differ).toEqual([]);
    }, 300_000);
  },
);
