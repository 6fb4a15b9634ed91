import { describe, expect, it } from 'vitest';
import { fromArticle, fromPageState, fromReport, toComparable } from '@/lib/compare/comparable';
import { diffReports } from '@/lib/compare/diff-reports';
import type { Article, Claim, PageState, Report } from '@/lib/types';
import { ledger, wire } from '@/test/fixtures/compare/tower-22';

const article: Article = {
  url: 'https://www.dailyledger.example/world/toll?utm=x',
  canonicalUrl: 'https://www.dailyledger.example/world/toll',
  title: ledger.title,
  byline: null,
  siteName: '',
  publishedTime: ledger.publishedTime,
  lang: 'en',
  text: ledger.text,
  paragraphs: [],
};

function stored(over: Partial<Report> = {}): Report {
  return {
    id: 'r1',
    canonicalUrl: wire.canonicalUrl,
    urls: [wire.url],
    outlet: wire.outlet,
    title: wire.title,
    byline: null,
    publishedTime: wire.publishedTime,
    savedAt: '2024-02-01T00:00:00Z',
    updatedAt: '2024-02-01T00:00:00Z',
    lang: 'en',
    text: wire.text,
    paragraphs: [],
    fingerprint: [],
    topics: [],
    actors: wire.actors,
    claims: wire.claims.map((c) => ({
      ...c,
      selector: { exact: c.text, prefix: '', suffix: '', start: c.start, end: c.end },
    })),
    versionCount: 1,
    ...over,
  };
}

describe('toComparable', () => {
  it('adapts the live page, with the canonical URL as id and the host as outlet when no site name', () => {
    const state: PageState = {
      url: article.url,
      detection: { isArticle: true, confidence: 1, signals: [] },
      article,
      analysis: { actors: ledger.actors, claims: ledger.claims, topics: [] },
      orphans: [],
      analyzedAt: '2024-01-30T10:00:00Z',
    };
    const c = toComparable(state)!;
    expect(c.id).toBe('https://www.dailyledger.example/world/toll');
    expect(c.outlet).toBe('dailyledger.example');
    expect(c.claims).toHaveLength(ledger.claims.length);
    expect(fromPageState({ ...state, analysis: null })).toBeNull();
    expect(toComparable({ ...state, article: null })).toBeNull();
  });

  it('adapts a stored report with its saved time', () => {
    const c = toComparable(stored())!;
    expect(c).toMatchObject({ id: 'r1', outlet: 'Wire Service', savedAt: '2024-02-01T00:00:00Z' });
    expect(c.claims.map((x) => x.id)).toEqual(wire.claims.map((x) => x.id));
  });

  it('compares a live page with a stored report', () => {
    const here = fromArticle(article, { actors: ledger.actors, claims: ledger.claims, topics: [] }, 'live');
    const d = diffReports(here, fromReport(stored()));
    expect(d.changedFigures.map((f) => f.what)).toEqual(['wounded']);
  });

  it('fills fields an older stored report lacks instead of failing, and drops claims with no text', () => {
    const old = wire.claims.map((c) => {
      const { fingerprint: _f, figures: _g, ...rest } = c;
      return rest;
    }) as unknown as Report['claims'];
    const broken = [...old, { id: 'x' } as unknown as Report['claims'][number]];
    const c = fromReport(
      stored({ id: 'r-old', claims: broken, topics: undefined as unknown as Report['topics'] }),
    );
    expect(c.claims).toHaveLength(wire.claims.length);
    expect(c.claims.every((x: Claim) => Array.isArray(x.figures) && Array.isArray(x.fingerprint))).toBe(true);
    expect(() => diffReports(fromReport(stored()), c)).not.toThrow();
    expect(diffReports(fromReport(stored()), c).sharedClaims.length).toBe(wire.claims.length);
  });

  it('does not reuse cached features when a report is re-analysed under the same id', () => {
    const here = fromArticle(article, { actors: ledger.actors, claims: ledger.claims, topics: [] }, 'live');
    expect(diffReports(here, fromReport(stored())).changedFigures).toHaveLength(1);
    const claims = stored().claims.map((c) => ({
      ...c,
      figures: c.figures.filter((f) => f.unit !== 'wounded'),
    }));
    expect(diffReports(here, fromReport(stored({ claims }))).changedFigures).toHaveLength(0);
  });
});
