import { describe, expect, it } from 'vitest';
import { backgroundEngine, type EngineMessages } from '@/lib/ext/page/engine';
import type { Article } from '@/lib/types';
import { localEngine, shippedHost } from './local-engine';

// Invented report: no real person or place.
const text = 'Maren Solvik, the mayor of Dunholt, said on Monday that 14 people were hurt in the fire.';
const article: Article = {
  url: 'https://news.invalid/a',
  canonicalUrl: '',
  title: 'Fire in Dunholt',
  byline: null,
  siteName: '',
  publishedTime: null,
  lang: 'en',
  text,
  paragraphs: [{ start: 0, end: text.length }],
};

const lost = () => Promise.reject(new Error('The message port closed before a response was received.'));

describe("the page's engine, reached in the background", () => {
  it('analyses an article there, and says when the engine had not run yet', async () => {
    const host = shippedHost();
    const engine = localEngine(host);
    const first = await engine.analyse(article, 'full');
    expect(first.analysis?.actors.map((a) => a.name)).toContain('Maren Solvik');
    expect(first.analysis?.claims.length).toBeGreaterThan(0);
    expect(first.run.warm).toBe(false);
    expect((await engine.analyse(article, 'full')).run.warm).toBe(true);
  });

  it('stops an unasked run on an article no followed topic could match', async () => {
    const reply = await localEngine().analyse(article, 'auto');
    expect(reply.analysis).toBeNull();
    expect(reply.deferred?.every((t) => !t.possible)).toBe(true);
  });

  it('warms the engine before the first article arrives', async () => {
    const host = shippedHost();
    host.warm();
    await new Promise((r) => setTimeout(r, 50));
    expect(host.isWarm()).toBe(true);
    expect((await localEngine(host).analyse(article, 'full')).run.warm).toBe(true);
  });

  it('sends once more when a stopped worker lost the first message', async () => {
    const real = localEngine();
    let calls = 0;
    const messages: EngineMessages = {
      analyseArticle: async (r) => {
        calls++;
        if (calls === 1) return lost();
        return { ok: true, value: await real.analyse(r.article, r.depth) };
      },
      checkTopics: lost,
    };
    const reply = await backgroundEngine(messages).analyse(article, 'full');
    expect(calls).toBe(2);
    expect(reply.analysis?.actors.length).toBeGreaterThan(0);
  });

  it('fails with a clear reason when the background cannot be reached, or does not answer in time', async () => {
    const messages: EngineMessages = { analyseArticle: lost, checkTopics: lost };
    await expect(backgroundEngine(messages).analyse(article, 'full')).rejects.toThrow(/unreachable/);
    const silent: EngineMessages = {
      analyseArticle: () => new Promise(() => undefined),
      checkTopics: () => new Promise(() => undefined),
    };
    await expect(backgroundEngine(silent, 20).checkTopics(article)).rejects.toThrow(/unreachable.*no answer/);
  });

  it('passes on a failure the background answered with, without sending again', async () => {
    let calls = 0;
    const messages: EngineMessages = {
      analyseArticle: async () => {
        calls++;
        return { ok: false, error: 'malformed analysis request' };
      },
      checkTopics: lost,
    };
    await expect(backgroundEngine(messages).analyse(article, 'full')).rejects.toThrow(/malformed/);
    expect(calls).toBe(1);
  });
});
