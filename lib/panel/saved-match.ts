import type { PageState, Report } from '@/lib/types';

function norm(u: string): string {
  try {
    const x = new URL(u);
    x.hash = '';
    return x.href.replace(/\/$/, '');
  } catch {
    return u;
  }
}

/** The saved report for the page in this tab (by canonical URL or any known URL), or null. */
export function savedReportFor(
  state: PageState | null | undefined,
  reports: Report[] | undefined,
): Report | null {
  if (!state?.article || !reports) return null;
  const keys = new Set([norm(state.url), norm(state.article.url), norm(state.article.canonicalUrl)]);
  return reports.find((r) => keys.has(norm(r.canonicalUrl)) || r.urls.some((u) => keys.has(norm(u)))) ?? null;
}
