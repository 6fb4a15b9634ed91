import { describe, expect, it } from 'vitest';
import { detectArticle } from '@/lib/extract';
import { parseHtml } from '@/lib/node/parse-html';
import { fixtureDoc } from './fixtures';

describe('detectArticle on hand-written pages', () => {
  it('accepts a news article with JSON-LD in @graph, despite a broken JSON-LD block', () => {
    const d = detectArticle(fixtureDoc('news-jsonld', 'https://ledger.example/world/drone-strike'));
    expect(d.isArticle).toBe(true);
    expect(d.signals).toContain('schema.org NewsArticle');
    expect(d.signals).toContain('readerable');
    expect(d.confidence).toBeGreaterThan(0.9);
  });

  it('accepts an article that only has OpenGraph tags', () => {
    const d = detectArticle(
      fixtureDoc('news-og-only', 'https://northernwire.example/news/iraq-air-base-rockets'),
    );
    expect(d.isArticle).toBe(true);
    expect(d.signals).toContain('og:type article');
  });

  it('accepts an article with no metadata at all, on its body text alone', () => {
    const d = detectArticle(fixtureDoc('news-dateline', 'https://wire.example/2024/01/28/jordan-outpost'));
    expect(d.isArticle).toBe(true);
    expect(d.signals).toEqual(['readerable']);
  });

  it('rejects a homepage full of headline teasers, even though it is long and readerable', () => {
    const d = detectArticle(fixtureDoc('homepage', 'https://ledger.example/'));
    expect(d.isArticle).toBe(false);
    expect(d.signals).toContain('readerable');
    expect(d.signals.some((s) => s.includes('linked headlines'))).toBe(true);
  });

  it('rejects the homepage on its listing shape alone, whatever its URL', () => {
    const d = detectArticle(fixtureDoc('homepage', 'https://ledger.example/front/today.html'));
    expect(d.isArticle).toBe(false);
    expect(d.signals).not.toContain('site homepage URL');
  });

  it('rejects a product page and a login page', () => {
    const product = detectArticle(fixtureDoc('product', 'https://shop.example/tents/traillite-2'));
    expect(product.isArticle).toBe(false);
    expect(product.signals).toContain('schema.org product (not an article)');
    const login = detectArticle(fixtureDoc('login', 'https://ledger.example/login'));
    expect(login.isArticle).toBe(false);
    expect(login.signals).toContain('password form');
  });

  it('rejects empty and malformed documents without throwing', () => {
    for (const html of ['', '<html', '<<<>>>', '\u0000\u0001binary', '<p>'.repeat(5000)]) {
      const d = detectArticle(parseHtml(html, 'https://x.example/a'));
      expect(d.isArticle).toBe(false);
      expect(d.confidence).toBeLessThan(0.5);
    }
  });
});
