import { describe, expect, it } from 'vitest';
import { diffReports } from '@/lib/compare/diff-reports';
import { estimateProvenance } from '@/lib/compare/provenance';
import { rankRelated } from '@/lib/compare/related';
import { clusterStories } from '@/lib/compare/stories';
import type { ComparableReport } from '@/lib/compare/types';
import { corpusSkipReason, hasCorpus } from '@/test/corpus';
import { loadSeeds } from './load-seeds';

if (!hasCorpus) console.warn(corpusSkipReason);

describe.skipIf(!hasCorpus)('the five seed reports, through the pipeline', () => {
  const seeds: Record<string, ComparableReport> = hasCorpus ? loadSeeds() : {};
  const all = () => Object.values(seeds);

  it('ranks the three renderings of the CNN report as related to each other above the later events', () => {
    for (const id of ['000', '001', '002']) {
      const ranked = rankRelated(seeds[id], all());
      const order = ranked.map((r) => r.report.id);
      const siblings = ['000', '001', '002'].filter((x) => x !== id);
      expect(order.slice(0, 2).sort(), `related to ${id}: ${order.join(', ')}`).toEqual(siblings);
      const lowestSibling = Math.min(
        ...ranked.filter((r) => siblings.includes(r.report.id)).map((r) => r.score),
      );
      for (const later of ranked.filter((r) => ['003', '004'].includes(r.report.id))) {
        expect(later.score).toBeLessThan(lowestSibling);
      }
    }
  });

  it('shows the NBC additions of 001 as claims found only there', () => {
    for (const other of ['000', '002']) {
      const d = diffReports(seeds['001'], seeds[other]);
      const added = d.newClaims.map((c) => c.text).join('\n');
      expect(added).toMatch(/Two dozen American military personnel were wounded/);
      expect(added).toMatch(/Twenty American personnel/);
      const shared = d.sharedClaims.map((p) => p.here.text).join('\n');
      expect(shared).not.toMatch(/Two dozen|Twenty American/);
    }
  });

  it('calls 000 a rewrite of CNN, 001 an excerpt adding NBC, 002 an unattributed summary', () => {
    const entries = estimateProvenance([seeds['000'], seeds['001'], seeds['002']]);
    const byId = Object.fromEntries(entries.map((e) => [e.id, e]));
    expect(byId['000']).toMatchObject({ role: 'rewrite', of: 'CNN' });
    expect(byId['000'].evidence[0]).toMatch(/told CNN/);
    expect(byId['001']).toMatchObject({ role: 'excerpt', of: 'CNN' });
    expect(byId['001'].evidence.join(' ')).toMatch(/adds NBC News's report/);
    expect(byId['002'].role).toBe('summary');
    expect(byId['002'].evidence.join(' ')).toMatch(/credits no outlet/);
    expect(byId['002'].evidence.join(' ')).toMatch(/sourced in 00[01] appear here with no source/);
  });

  it('keeps the later events out of the CNN report’s story', () => {
    const stories = clusterStories(all());
    const cnn = stories.find((s) => s.reportIds.includes('000'))!;
    expect(cnn.reportIds.sort()).toEqual(['000', '001', '002']);
  });
});
