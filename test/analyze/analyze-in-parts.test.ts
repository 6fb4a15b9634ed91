import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveEngine } from '@/lib/analyze';
import { analyzeInParts, articleParts } from '@/lib/analyze/analyze-in-parts';
import { analyzeWith } from '@/lib/analyze/analyze-with';
import { articleFromText } from '@/lib/extract';

// A long article made of the project's own fixture articles, one after another.
const dir = resolve(import.meta.dirname, '../fixtures/analyze');
const body = readdirSync(dir)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => readFileSync(join(dir, f), 'utf8').split('\n').slice(1).join('\n').trim())
  .join('\n\n');
const article = articleFromText(`A long compilation of reports\n\n${body}`, 'https://news.example/long');

describe('analysis in parts', () => {
  it('splits at paragraph boundaries into parts that cover every paragraph once', () => {
    const parts = articleParts(article, 1_200);
    expect(parts.length).toBeGreaterThan(2);
    const rebuilt = parts.flatMap((p) => p.article.paragraphs.map((q) => q.start + p.offset));
    expect(rebuilt).toEqual(article.paragraphs.map((p) => p.start));
    for (const p of parts)
      expect(p.article.text).toBe(article.text.slice(p.offset, p.offset + p.article.text.length));
  });

  it('finds the same claims as the whole-text analysis, with offsets into the whole text', async () => {
    const engine = resolveEngine();
    let pauses = 0;
    const parted = await analyzeInParts(article, engine, async () => void pauses++, 1_200);
    const whole = analyzeWith(article, engine);
    expect(pauses).toBeGreaterThan(2);
    for (const c of parted.claims) expect(article.text.slice(c.start, c.end)).toBe(c.text);
    for (const a of parted.actors)
      for (const m of a.mentions) expect(article.text.slice(m.start, m.end)).toBe(m.text);
    const a = new Set(parted.claims.map((c) => c.text));
    const b = new Set(whole.claims.map((c) => c.text));
    const shared = [...a].filter((t) => b.has(t)).length;
    expect(shared / new Set([...a, ...b]).size).toBeGreaterThan(0.95);
    expect(parted.topics.map((t) => t.match)).toEqual(whole.topics.map((t) => t.match));
  });
});
