/** A page may name its canonical address only on its own site: another site's address is noted, never adopted. */
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { readPageMeta } from '@/lib/extract/metadata';
import { sameSite } from '@/lib/extract/same-site';

const page = (head: string) =>
  parseHTML(`<!doctype html><html><head>${head}</head><body></body></html>`).document;

describe('canonical address on the page’s own site', () => {
  it('keeps a canonical on the same site or a subdomain of it', () => {
    const m = readPageMeta(
      page('<link rel="canonical" href="https://www.corvel-times.example/world/strike">'),
      'https://edition.corvel-times.example/world/strike?amp=1',
    );
    expect(m.canonicalUrl).toBe('https://www.corvel-times.example/world/strike');
    expect(m.claimedCanonicalUrl).toBeNull();
  });

  it('refuses a canonical or og:url on another site and notes the claim', () => {
    for (const head of [
      '<link rel="canonical" href="https://www.wirepost.example/world/strike-2024">',
      '<meta property="og:url" content="https://www.wirepost.example/world/strike-2024">',
    ]) {
      const m = readPageMeta(page(head), 'https://copycat.example/strike');
      expect(m.canonicalUrl).toBe('https://copycat.example/strike');
      expect(m.claimedCanonicalUrl).toBe('https://www.wirepost.example/world/strike-2024');
    }
  });

  it('compares host names, not prefixes or look-alikes', () => {
    expect(sameSite('https://a.example/x', 'http://www.a.example/y')).toBe(true);
    expect(sameSite('https://news.a.example/x', 'https://a.example/y')).toBe(true);
    expect(sameSite('https://a.example.evil.test/x', 'https://a.example/y')).toBe(false);
    expect(sameSite('https://evila.example/x', 'https://a.example/y')).toBe(false);
    expect(sameSite('javascript:alert(1)', 'https://a.example/y')).toBe(false);
    expect(sameSite('file:///tmp/a.html', 'https://a.example/y')).toBe(false);
  });
});
