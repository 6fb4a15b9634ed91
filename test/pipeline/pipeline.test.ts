import { describe, expect, it } from 'vitest';
import { parseHtml } from '@/lib/node/parse-html';
import { analyzeDocument, analyzeText } from '@/lib/pipeline';
import { fixtureDoc } from '../extract/fixtures';

describe('analyzeDocument', () => {
  it('runs detect → extract → analyse on an on-topic article, with offsets into article.text', () => {
    const url = 'https://ledger.example/world/drone-strike';
    const r = analyzeDocument(fixtureDoc('news-jsonld', url), url);
    expect(r.detection.isArticle).toBe(true);
    expect(r.skipped).toBeUndefined();
    expect(r.article?.title).toBe('Drone strike hits base housing US troops in eastern Syria');
    const text = r.article?.text ?? '';
    const analysis = r.analysis;
    expect(analysis).not.toBeNull();
    if (!analysis) return;
    expect(analysis.actors.length).toBeGreaterThan(2);
    for (const actor of analysis.actors)
      for (const m of actor.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
    expect(analysis.claims.length).toBeGreaterThan(0);
    for (const c of analysis.claims) expect(text.slice(c.start, c.end)).toBe(c.text);
    expect(analysis.topics.length).toBeGreaterThan(0);
    expect(analysis.topics.some((t) => t.match)).toBe(true);
  });

  it('returns article null for a homepage, a product page and a login page', () => {
    for (const [name, url] of [
      ['homepage', 'https://ledger.example/'],
      ['product', 'https://shop.example/tents/traillite-2'],
      ['login', 'https://ledger.example/login'],
    ]) {
      const r = analyzeDocument(fixtureDoc(name, url), url);
      expect(r.detection.isArticle, name).toBe(false);
      expect(r.article, name).toBeNull();
      expect(r.analysis, name).toBeNull();
      expect(r.skipped, name).toBe('not an article');
    }
  });

  it('skips an oversized page with a reason instead of analysing it', () => {
    const para = `<p>${'Rockets were fired at the base again overnight, officials said. '.repeat(50)}</p>`;
    const doc = parseHtml(
      `<html><body><article>${para.repeat(400)}</article></body></html>`,
      'https://x.example/a',
    );
    const r = analyzeDocument(doc, 'https://x.example/a');
    expect(r.article).toBeNull();
    expect(r.skipped).toMatch(/too large/);
    expect(r.detection.signals[0]).toMatch(/too large/);
  });
});

describe('analyzeText', () => {
  it('treats plain text with a body as an article and analyses it', () => {
    const text = [
      'Militia drones target US troops in Syria',
      '',
      'Iran-backed militias launched two drones at a base in Syria housing US troops on Thursday, the Pentagon said.',
      '',
      'Pentagon press secretary Pat Ryder said "at least 21" service members were wounded in attacks since Oct. 17.',
    ].join('\n');
    const r = analyzeText(text, 'file:///tmp/militia.txt');
    expect(r.detection).toEqual({ isArticle: true, confidence: 1, signals: ['plain text input'] });
    expect(r.article?.paragraphs).toHaveLength(2);
    expect(r.analysis?.claims.length).toBeGreaterThan(0);
    const names = r.analysis?.actors.map((a) => a.name) ?? [];
    expect(names.length).toBeGreaterThan(0);
  });

  it('reports a title with no body as not an article', () => {
    const r = analyzeText('Only a title\n\n', 'file:///t.txt');
    expect(r.detection.isArticle).toBe(false);
    expect(r.article).toBeNull();
    expect(r.skipped).toBe('empty text');
  });
});
