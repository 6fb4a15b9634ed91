import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { badgeText } from '@/lib/ext/background/badge';
import { contextFrom } from '@/lib/ext/background/page-context';
import { entriesFor } from '@/lib/ext/page/popover-entries';
import { findTarget } from '@/lib/ext/page/scroll-to';
import type { HighlightItem } from '@/lib/highlight/highlighter';
import { analyzeText } from '@/lib/pipeline';
import { buildReport } from '@/lib/store/build-report';
import type { PageState } from '@/lib/types';
import { corpusDir, corpusSkipReason, hasCorpus } from '../corpus';

function stateOf(text: string, url: string): PageState {
  const r = analyzeText(text, url);
  return {
    url,
    detection: r.detection,
    article: r.article,
    analysis: r.analysis,
    orphans: [],
    analyzedAt: '',
  };
}

const seed = (n: number) =>
  readFileSync(
    join(corpusDir, 'seeds', `${['000_31ae02e01ec66a04', '001_46865fd2d6e20322'][n]}.txt`),
    'utf8',
  );

describe.skipIf(!hasCorpus)(hasCorpus ? 'saved-report context for the popover' : corpusSkipReason, () => {
  it('counts every actor once per saved report and finds the same claims agreeing', () => {
    const here = stateOf(seed(0), 'https://a.example/story');
    const report = buildReport(here.article!, here.analysis!, '2024-02-01T00:00:00Z');
    const ctx = contextFrom(here, [report], false);
    expect(ctx.reportCount).toBe(1);
    for (const a of here.analysis!.actors) expect(ctx.actorReportCounts[a.id]).toBe(1);
    const claims = here.analysis!.claims;
    const agreeing = claims.filter((c) => ctx.claimAgreement[c.id].agree === 1).length;
    expect(agreeing).toBeGreaterThanOrEqual(Math.ceil(claims.length * 0.8));
    expect(claims.every((c) => ctx.claimAgreement[c.id].disagree === 0)).toBe(true);
  });

  it('reports a changed figure as a disagreement', () => {
    const numeric = (x: { text: string; value: number | null }) => x.value !== null && /\d/.test(x.text);
    const found = readdirSync(join(corpusDir, 'seeds'))
      .map((name) => stateOf(readFileSync(join(corpusDir, 'seeds', name), 'utf8'), 'https://a.example/story'))
      .flatMap((st) => st.analysis!.claims.map((c) => ({ st, c })))
      .find(({ c }) => c.figures.some(numeric));
    expect(found).toBeDefined();
    const { st: here, c: claim } = found!;
    // Every number in the claim changes (one agreeing figure of a unit would otherwise pair up). Figure offsets
    // index the article text, so the edit is made there, from the end backwards.
    let body = here.article!.text;
    for (const f of [...claim.figures].filter(numeric).sort((a, b) => b.start - a.start)) {
      const bigger = f.text.replace(/\d[\d,]*/, String((f.value ?? 0) * 3 + 7));
      body = `${body.slice(0, f.start)}${bigger}${body.slice(f.end)}`;
    }
    const changed = `${here.article!.title}\n\n${body}`;
    const there = stateOf(changed, 'https://b.example/story');
    const ctx = contextFrom(
      here,
      [buildReport(there.article!, there.analysis!, '2024-02-01T00:00:00Z')],
      false,
    );
    expect(ctx.claimAgreement[claim.id].disagree).toBe(1);
  });

  it('builds popover entries from hit items, with and without saved context', () => {
    const here = stateOf(seed(1), 'https://a.example/story');
    const actor = here.analysis!.actors[0];
    const doc = new JSDOM('<p>x</p>').window.document;
    const item = (key: string): HighlightItem => ({ key, category: 'person', range: doc.createRange() });
    const [entry] = entriesFor(
      [item(`actor:${actor.id}:0`), item(`actor:${actor.id}:1`)],
      here.analysis,
      null,
    );
    expect(entry).toMatchObject({
      kind: 'actor',
      name: actor.name,
      mentions: actor.mentions.length,
      savedReports: null,
    });
    const ctx = contextFrom(here, [], true);
    expect(entriesFor([item(`actor:${actor.id}:0`)], here.analysis, ctx)[0]).toMatchObject({
      savedReports: 0,
    });
  });
});

describe('badge and scroll targets', () => {
  const base: PageState = {
    url: 'https://a.example/',
    detection: { isArticle: true, confidence: 1, signals: [] },
    article: null,
    analysis: { actors: [], claims: [], topics: [] },
    orphans: [],
    analyzedAt: '',
  };
  it('shows the claim count, a tick once saved, and nothing for non-articles', () => {
    const claims = Array.from({ length: 12 }, () => ({}) as never);
    const state = { ...base, analysis: { actors: [], claims, topics: [] } };
    expect(badgeText(state, false)).toBe('12');
    expect(badgeText(state, true)).toBe('12✓');
    expect(badgeText({ ...base, analysis: null }, false)).toBe('');
    expect(badgeText(null, true)).toBe('');
    // Only topic-checked (nobody asked yet): no claim count, but a saved article still shows its tick.
    const deferred = { ...base, analysis: null, deferred: { topics: [] } };
    expect(badgeText(deferred, false)).toBe('');
    expect(badgeText(deferred, true)).toBe('✓');
  });

  it('finds the named mention, falls back to the first anchored one, and misses unknown ids', () => {
    const doc = new JSDOM('<p>x</p>').window.document;
    const items: HighlightItem[] = ['claim:c1', 'actor:kh:2', 'actor:kh:3'].map((key) => ({
      key,
      category: key.startsWith('claim') ? 'claim' : 'armed_group',
      range: doc.createRange(),
    }));
    expect(findTarget(items, { kind: 'actor', id: 'kh', index: 3 })?.key).toBe('actor:kh:3');
    expect(findTarget(items, { kind: 'actor', id: 'kh', index: 0 })?.key).toBe('actor:kh:2');
    expect(findTarget(items, { kind: 'claim', id: 'c1' })?.key).toBe('claim:c1');
    expect(findTarget(items, { kind: 'claim', id: 'nope' })).toBeUndefined();
  });
});
