import { alignClaims } from '@/lib/compare/align';
import { fromPageState, fromReport } from '@/lib/compare/comparable';
import { disagreeingFigures } from '@/lib/compare/figures';
import type { PageContext } from '@/lib/ext/messages';
import type { ParallaxDB } from '@/lib/store/db';
import { candidatesFor } from '@/lib/store/query';
import type { PageState, Report } from '@/lib/types';

/** How many related saved reports the popover context compares against. */
const CONTEXT_LIMIT = 40;

/** True when a saved report has this URL (or canonical URL). */
export async function isSavedUrl(db: ParallaxDB, urls: string[]): Promise<boolean> {
  const known = urls.filter(Boolean);
  if (!known.length) return false;
  const byUrl = await db.reports.where('urls').anyOf(known).count();
  return byUrl > 0 || (await db.reports.where('canonicalUrl').anyOf(known).count()) > 0;
}

/** Counts actors shared with saved reports, and claims the saved reports agree or disagree with. */
export function contextFrom(state: PageState, reports: Report[], saved: boolean): PageContext {
  const here = fromPageState(state);
  const context: PageContext = {
    reportCount: reports.length,
    saved,
    actorReportCounts: {},
    claimAgreement: {},
  };
  if (!here || !state.analysis) return context;
  for (const a of state.analysis.actors) context.actorReportCounts[a.id] = 0;
  for (const c of state.analysis.claims) context.claimAgreement[c.id] = { agree: 0, disagree: 0 };
  for (const report of reports) {
    for (const id of new Set(report.actors.map((a) => a.id)))
      if (id in context.actorReportCounts) context.actorReportCounts[id]++;
    for (const pair of alignClaims(here, fromReport(report)).pairs) {
      const tally = context.claimAgreement[pair.here.id];
      if (!tally) continue;
      if (disagreeingFigures(pair.here.figures, pair.there.figures).length) tally.disagree++;
      else tally.agree++;
    }
  }
  return context;
}

/** The popover's saved-report context for an analysed page, read from the collection. */
export async function pageContextFor(db: ParallaxDB, state: PageState): Promise<PageContext> {
  const urls = [state.url, state.article?.canonicalUrl ?? ''];
  const saved = await isSavedUrl(db, urls);
  if (!state.analysis || !state.article) return contextFrom(state, [], saved);
  const canonical = state.article.canonicalUrl;
  const reports = await candidatesFor(
    db,
    {
      actorIds: state.analysis.actors.map((a) => a.id),
      terms: state.analysis.claims.flatMap((c) => c.fingerprint),
      publishedTime: state.article.publishedTime,
    },
    CONTEXT_LIMIT,
  );
  // The page's own saved copy is not "another report" agreeing with it.
  const others = reports.filter((r) => r.canonicalUrl !== canonical && !r.urls.includes(state.url));
  return contextFrom(state, others, saved);
}
