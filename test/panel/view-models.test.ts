import { describe, expect, it } from 'vitest';
import {
  articleStatus,
  extractionNote,
  groupActors,
  groupClaimsBySource,
  orphanClaims,
  primaryTopic,
  topicReasonText,
} from '@/lib/panel/article-view';
import { emptyQuery, facetsOf, filterReports } from '@/lib/panel/collection-filter';
import { safeHttpUrl } from '@/lib/panel/safe-url';
import { savedReportFor } from '@/lib/panel/saved-match';
import { toSummary } from '@/lib/panel/summaries';
import { buildPanelFixture } from '@/test/fixtures/panel/fixtures';

const fx = buildPanelFixture();
const analysis = fx.tabState.analysis!;

describe('article view models', () => {
  it('groups actors by type, armed groups first, most mentioned first', () => {
    const groups = groupActors(analysis.actors);
    expect(groups[0].type).toBe('armed_group');
    const states = groups.find((g) => g.type === 'state')!;
    expect(states.actors.map((a) => a.id)).toEqual(['iran', 'us']);
    expect(groups.flatMap((g) => g.actors)).toHaveLength(analysis.actors.length);
  });
  it('groups claims by source and keeps unsourced claims last', () => {
    const groups = groupClaimsBySource([
      ...analysis.claims,
      { ...analysis.claims[0], id: 'x', source: { kind: 'none', name: null } },
    ]);
    expect(groups[0].name).toBe('the Pentagon');
    expect(groups[0].claims).toHaveLength(2);
    expect(groups.at(-1)?.name).toBe('No source given');
  });
  it('lists orphaned claims and classifies page states', () => {
    expect(orphanClaims(fx.tabState).map((c) => c.id)).toEqual(['c-denial']);
    expect(articleStatus(fx.tabState)).toBe('ready');
    expect(articleStatus(null)).toBe('not-run');
    expect(articleStatus({ ...fx.tabState, skipped: 'page too large' })).toBe('skipped');
    expect(articleStatus({ ...fx.tabState, article: null, analysis: null, deferred: { topics: [] } })).toBe(
      'deferred',
    );
    expect(
      articleStatus({
        ...fx.tabState,
        article: null,
        detection: { isArticle: false, confidence: 0.1, signals: [] },
      }),
    ).toBe('not-article');
    expect(primaryTopic(analysis.topics)?.match).toBe(true);
    const off = {
      id: 't',
      label: 'T',
      score: 0.1,
      match: false,
      reasons: [
        { term: 'Iraq', weight: 1 },
        { term: 'missing: tag:iran-proxy | militia | actor:kataib-hezbollah', weight: 0 },
      ],
    };
    expect(topicReasonText(off)).toBe('Iraq, no iran proxy / militia / kataib hezbollah');
  });
  it('says where a big page was extracted, and nothing for the usual in-page extraction', () => {
    const at = (extraction: (typeof fx.tabState)['extraction']) =>
      extractionNote({ ...fx.tabState, extraction });
    expect(at(undefined)).toBeNull();
    expect(at({ site: 'page' })).toBeNull();
    expect(at({ site: 'offscreen', ms: 140 })).toBe(
      "Extracted off the page, in the extension's offscreen document (140 ms).",
    );
    expect(at({ site: 'background', ms: 95 })).toBe(
      "Extracted off the page, in the extension's background page (95 ms).",
    );
    expect(at({ site: 'page', fallback: 'no answer within 10 s' })).toBe(
      'Extracted in the page: extraction off the page failed (no answer within 10 s).',
    );
  });
});

describe('collection filtering', () => {
  const summaries = fx.reports.map((r) => toSummary(r));
  it("searches the reader's notes too", async () => {
    const { withNote } = await import('@/lib/store/notes');
    const notes = withNote(null, 'r-harbor', { kind: 'claim', id: 'x', text: 'x' }, 'Ask the Velden desk');
    const noted = fx.reports.map((r) => toSummary(r, r.id === 'r-harbor' ? notes : undefined));
    expect(filterReports(noted, { ...emptyQuery, text: 'velden desk' }).map((r) => r.id)).toEqual([
      'r-harbor',
    ]);
  });
  it('searches titles, outlets and actor names, accent- and case-insensitively', () => {
    expect(filterReports(summaries, { ...emptyQuery, text: 'AIN AL-ASAD' }).map((r) => r.id)).toEqual([
      'r-northline',
    ]);
    expect(filterReports(summaries, { ...emptyQuery, text: 'harbor jordan' }).map((r) => r.id)).toEqual([
      'r-harbor',
    ]);
  });
  it('filters by actor, outlet and date range, and sorts', () => {
    expect(filterReports(summaries, { ...emptyQuery, actor: 'white-house' }).map((r) => r.id)).toEqual([
      'r-harbor',
    ]);
    expect(filterReports(summaries, { ...emptyQuery, outlet: 'Meridian Post' })).toHaveLength(1);
    expect(filterReports(summaries, { ...emptyQuery, from: '2024-02-01' }).map((r) => r.id)).toEqual([
      'r-northline',
    ]);
    expect(filterReports(summaries, { ...emptyQuery, to: '2024-01-28' })).toHaveLength(2);
    expect(filterReports(summaries, { ...emptyQuery, sort: 'published-asc' }).map((r) => r.id)).toEqual([
      'r-meridian',
      'r-harbor',
      'r-northline',
    ]);
    expect(facetsOf(summaries).outlets).toEqual(['Harbor Wire', 'Meridian Post', 'Northline News']);
  });
});

describe('links and saved state', () => {
  it('only lets http(s) URLs become links', () => {
    expect(safeHttpUrl('https://example.org/a')).toBe('https://example.org/a');
    expect(safeHttpUrl('javascript:alert(1)')).toBeNull();
    expect(safeHttpUrl(' JAVASCRIPT:alert(1)')).toBeNull();
    expect(safeHttpUrl('data:text/html,<b>x</b>')).toBeNull();
    expect(safeHttpUrl('not a url')).toBeNull();
  });
  it('finds the saved report for a tab by canonical URL, ignoring fragments', () => {
    const harbor = fx.reports[0];
    const state = {
      ...fx.tabState,
      url: `${harbor.canonicalUrl}#comments`,
      article: { ...fx.tabState.article!, url: harbor.canonicalUrl, canonicalUrl: harbor.canonicalUrl },
    };
    expect(savedReportFor(state, fx.reports)?.id).toBe('r-harbor');
    expect(savedReportFor(fx.tabState, fx.reports)).toBeNull();
  });
});
