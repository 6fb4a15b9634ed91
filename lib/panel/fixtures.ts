/**
 * The panel's fixture state (`sidepanel.html?fixture=1`): a tab showing the Capital Desk report and a
 * collection holding three earlier reports. Differences come from lib/compare at run time.
 * Loaded lazily so it never weighs on the real panel bundle.
 */
import type { PageState, Report } from '@/lib/types';
import {
  fixtureReport,
  fixtureTopic,
  harborArticle,
  hereArticle,
  meridianArticle,
  northlineArticle,
} from './fixture-articles';

/** Everything fixture mode needs to render every view. */
export interface PanelFixture {
  tabId: number;
  tabState: PageState;
  reports: Report[];
}

/** Builds the fixture state afresh (callers may mutate it). */
export function buildPanelFixture(): PanelFixture {
  const here = hereArticle();
  const harbor = harborArticle();
  const meridian = meridianArticle();
  const northline = northlineArticle();
  const reports = [
    fixtureReport('r-harbor', harbor, '2024-01-28T19:00:00Z'),
    fixtureReport('r-meridian', meridian, '2024-01-28T11:00:00Z'),
    fixtureReport('r-northline', northline, '2024-07-16T13:00:00Z'),
  ];
  const tabState: PageState = {
    url: here.article.url,
    detection: { isArticle: true, confidence: 0.93, signals: ['schema.org NewsArticle', 'readerable'] },
    article: here.article,
    analysis: { actors: here.actors, claims: here.claims, topics: [fixtureTopic] },
    orphans: ['c-denial'],
    analyzedAt: '2024-01-30T09:05:00Z',
  };
  return { tabId: 1, tabState, reports };
}
