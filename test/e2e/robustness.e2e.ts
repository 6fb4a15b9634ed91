import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PageState } from '@/lib/types';
import { corpusSkipReason, hasCorpus } from '../corpus';
import { type CorpusServer, startCorpusServer } from '../robustness/corpus-server';
import { sendFromExtensionPage } from '../robustness/ext-messages';
import { type ChromiumSession, launchChromium } from './harness/chromium';
import { unexpectedEscapes } from './harness/sentinel';

if (!hasCorpus) console.warn(corpusSkipReason);

// Two cores shared with others: three tabs at a time keeps the run near three minutes.
const PARALLEL = 3;
const MARKER_TIMEOUT = 20_000;
// A quick local run can take the first N pages; the default (and CI) is all of them.
const LIMIT = Number(process.env.PARALLAX_ROBUSTNESS_LIMIT) || 311;
// The neutralising CSP makes pages report their own blocked inline handlers; those are the page's, not ours.
const CSP_REPORT = /violates the following Content Security Policy/;

interface Tally {
  pages: number;
  articles: number;
  nonArticles: number;
  skipped: number;
  exceptions: string[];
  slowest: { name: string; ms: number };
}

const marker = () => document.documentElement.dataset.parallax ?? null;

describe.skipIf(!hasCorpus)('the content script on the 311 real corpus pages in Chromium', () => {
  let server: CorpusServer;
  let s: ChromiumSession;
  let ext: Page;
  let cspReports = 0;
  const t: Tally = {
    pages: 0,
    articles: 0,
    nonArticles: 0,
    skipped: 0,
    exceptions: [],
    slowest: { name: '', ms: 0 },
  };

  beforeAll(async () => {
    server = await startCorpusServer();
    s = await launchChromium();
    ext = await s.openExtensionPage('options.html');
  });
  afterAll(async () => {
    await s?.close();
    await server?.close();
  });

  /** The background's state for a tab once it describes `url` (the report follows the marker closely). */
  async function stateFor(tabId: number, url: string): Promise<PageState | null> {
    for (let i = 0; i < 50; i++) {
      const reply = await sendFromExtensionPage(ext, 'getTabState', tabId);
      const state = (reply.res ?? null) as PageState | null;
      if (state?.url === url) return state;
      await new Promise((r) => setTimeout(r, 100));
    }
    return null;
  }

  async function runShard(shard: number[]): Promise<void> {
    const page = await s.context.newPage();
    let current = '';
    const errors: string[] = [];
    page.on('pageerror', (err) => errors.push(`pageerror: ${err.message}`));
    page.on('console', (msg) => {
      const from = msg.location().url;
      if (msg.type() !== 'error') return;
      if (CSP_REPORT.test(msg.text())) cspReports++;
      // A page's own failed loads are network noise unless the failing URL is one of ours.
      else if (from.startsWith(`chrome-extension://${s.extensionId}`) || /parallax/i.test(msg.text()))
        errors.push(`console: ${msg.text()} (${from})`);
    });
    let tabId = -1;
    for (const i of shard) {
      const name = server.pages[i].name;
      const url = `${server.url}p/${i}`;
      current = name;
      errors.length = 0;
      t.pages++;
      const start = Date.now();
      try {
        await page.goto(url, { waitUntil: 'domcontentloaded', timeout: 30_000 });
        await page.waitForFunction(marker, null, { timeout: MARKER_TIMEOUT });
        if (tabId < 0) tabId = await s.tabIdOf(page);
        const verdict = await page.evaluate(marker);
        const state = await stateFor(tabId, url);
        const ms = Date.now() - start;
        if (ms > t.slowest.ms) t.slowest = { name, ms };
        if (!state) errors.push('no page state reached the background');
        else if (state.skipped?.startsWith('analysis failed')) errors.push(state.skipped);
        else if (state.skipped) t.skipped++;
        else if (verdict === 'article') t.articles++;
        else t.nonArticles++;
      } catch (err) {
        // No marker means the content script never decided: it threw before reporting, or hung.
        errors.push(`no verdict: ${err instanceof Error ? err.message.split('\n')[0] : String(err)}`);
      }
      for (const e of errors) t.exceptions.push(`${current}: ${e}`);
    }
    await page.close();
  }

  it('every page gets a verdict and no error escapes the content script', async () => {
    const indices = server.pages.map((_, i) => i).slice(0, LIMIT);
    const shards = Array.from({ length: PARALLEL }, (_, k) => indices.filter((i) => i % PARALLEL === k));
    const started = Date.now();
    await Promise.all(shards.map(runShard));
    console.log(
      `chromium corpus: ${t.pages} pages, ${t.articles} articles, ${t.nonArticles} non-articles, ${t.skipped} skipped, ` +
        `${t.exceptions.length} exceptions (${cspReports} CSP reports from the pages' own inline handlers ignored); ${((Date.now() - started) / 1000).toFixed(0)} s, slowest ${t.slowest.name} ${t.slowest.ms} ms`,
    );
    for (const e of t.exceptions.slice(0, 20)) console.log(`  ${e}`);
    expect(t.pages).toBe(Math.min(LIMIT, 311));
    expect(t.exceptions).toEqual([]);
    expect(t.articles).toBeGreaterThan(t.pages * 0.8);
  }, 600_000);

  it('sends no request off the machine', () => {
    const hosts = [...new Set(unexpectedEscapes(s.sentinel.escaped).map((e) => e.target))];
    if (hosts.length) console.log(`escaped: ${hosts.slice(0, 30).join(' ')}`);
    expect(unexpectedEscapes(s.sentinel.escaped)).toEqual([]);
    expect(s.extensionRequests).toEqual([]);
  });
});
