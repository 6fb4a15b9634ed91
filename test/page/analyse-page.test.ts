import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM, VirtualConsole } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { normaliseText } from '@/lib/anchor/normalise';
import { analysePage } from '@/lib/ext/page/analyse-page';
import { demoPages } from '../../scripts/demo-site/catalog';
import { routePage } from '../../scripts/demo-site/routes';
import { corpusDir, corpusSkipReason, hasCorpus } from '../corpus';
import { localEngine } from './local-engine';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/** Lays a plain-text report out as an outlet's page: navigation, headline, byline, body, footer. */
function newsPage(text: string, dark = false): string {
  const [title, ...rest] = text.split('\n').filter((l) => l.trim());
  const paras = rest.map((p) => `<p>${esc(p)}</p>`).join('\n');
  return `<!doctype html><html lang="en"><head><title>${esc(title)}</title>
<meta property="og:type" content="article"><meta property="og:title" content="${esc(title)}">
<meta property="article:published_time" content="2024-01-30T10:00:00Z"></head>
<body style="background:${dark ? '#111' : '#fff'}"><header><nav><a href="/">Home</a> <a href="/world">World</a></nav></header>
<main><article><h1>${esc(title)}</h1><p class="byline">By Staff Reporter</p>${paras}</article></main>
<footer><p>© Example News</p></footer></body></html>`;
}

const quiet = new VirtualConsole();

describe.skipIf(!hasCorpus)(
  hasCorpus ? 'analysePage on the seed reports laid out as pages' : corpusSkipReason,
  () => {
    const seeds = hasCorpus ? readdirSync(join(corpusDir, 'seeds')).sort() : [];
    for (const seed of seeds) {
      it(`${seed}: on topic, claims anchored to their own text, few orphans`, async () => {
        const text = readFileSync(join(corpusDir, 'seeds', seed), 'utf8');
        const doc = new JSDOM(newsPage(text), { virtualConsole: quiet, url: 'https://news.example/a' }).window
          .document;
        const before = doc.body.innerHTML;
        const run = await analysePage(
          doc,
          'https://news.example/a',
          new AbortController().signal,
          localEngine(),
        );
        expect(run.state.detection.isArticle).toBe(true);
        expect(run.onTopic).toBe(true);
        const claims = run.state.analysis?.claims ?? [];
        expect(run.state.orphans.length).toBeLessThanOrEqual(Math.ceil(claims.length * 0.1));
        for (const claim of claims) {
          const item = run.items.find((i) => i.key === `claim:${claim.id}`);
          if (!item) continue;
          expect(normaliseText(item.range.toString()).trim()).toBe(normaliseText(claim.text).trim());
        }
        // Every seed names actors; not every seed has an attributed claim.
        expect(run.items.some((i) => i.category !== 'claim')).toBe(true);
        expect(doc.body.innerHTML).toBe(before);
      });
    }
  },
);

describe('analysePage on pages that are not articles', () => {
  it('reports a homepage as not an article, with nothing to highlight', async () => {
    const links = Array.from(
      { length: 30 },
      (_, i) => `<li><a href="/s/${i}">Story number ${i}</a></li>`,
    ).join('');
    const doc = new JSDOM(`<html><body><nav>Menu</nav><ul>${links}</ul></body></html>`, {
      virtualConsole: quiet,
    }).window.document;
    const run = await analysePage(doc, 'https://news.example/', new AbortController().signal, localEngine());
    expect(run.state.detection.isArticle).toBe(false);
    expect(run.items).toEqual([]);
    expect(run.state.article).toBeNull();
  });

  it('stops with an AbortError when the signal aborts', async () => {
    const doc = new JSDOM('<html><body><p>x</p></body></html>').window.document;
    const ctl = new AbortController();
    const run = analysePage(doc, 'https://news.example/', ctl.signal, localEngine());
    ctl.abort();
    await expect(run).rejects.toThrow();
  });
});

describe('analysePage unasked (depth auto) on the demo site', () => {
  const render = (path: string) => {
    const page = routePage(path, { origin: 'https://demo.example' });
    return new JSDOM(String(page.body), { virtualConsole: quiet, url: `https://demo.example${path}` }).window
      .document;
  };
  const run = (path: string, depth: 'auto' | 'full') =>
    analysePage(render(path), `https://demo.example${path}`, new AbortController().signal, localEngine(), {
      depth,
    });

  it('analyses every on-topic article exactly as a full run does', async () => {
    const on = demoPages.filter((p) => p.kind === 'article');
    expect(on.length).toBeGreaterThan(5);
    for (const p of on) {
      const [auto, full] = await Promise.all([run(p.path, 'auto'), run(p.path, 'full')]);
      expect(auto.state.deferred, p.path).toBeUndefined();
      expect(auto.onTopic, p.path).toBe(full.onTopic);
      expect(auto.state.analysis?.claims.map((c) => c.id)).toEqual(
        full.state.analysis?.claims.map((c) => c.id),
      );
      expect(auto.items.length).toBe(full.items.length);
    }
  });

  it('stops an off-topic article after the topic check, saying which evidence is missing', async () => {
    for (const p of demoPages.filter((d) => d.kind === 'offtopic')) {
      const auto = await run(p.path, 'auto');
      expect(auto.state.detection.isArticle, p.path).toBe(true);
      expect(auto.state.analysis).toBeNull();
      expect(auto.items).toEqual([]);
      const checks = auto.state.deferred?.topics ?? [];
      expect(checks.length).toBeGreaterThan(0);
      expect(checks.every((c) => !c.possible && c.missing.length > 0)).toBe(true);
      // Asked, the same page is analysed in full and still judged off-topic.
      const full = await run(p.path, 'full');
      expect(full.state.analysis?.actors.length).toBeGreaterThan(0);
      expect(full.onTopic).toBe(false);
    }
  });
});
