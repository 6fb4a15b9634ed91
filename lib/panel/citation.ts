/** A claim as a citation a journalist can paste: quote, speaker, outlet, date, URL. */
import type { Claim } from '@/lib/types';
import { knownDate } from './format';

/** Where a claim was published. */
export interface CitedReport {
  outlet: string;
  title: string;
  publishedTime: string | null;
  url: string;
}

/**
 * “The claim's words,” Speaker, as reported by Outlet, “Title”, 28 Jan 2024, https://…
 * A quote is cited by its quoted words; any other claim by its sentence. An unsourced claim says so.
 */
export function claimCitation(claim: Claim, report: CitedReport): string {
  // Quote spans index the article's text; the claim's own text starts at claim.start.
  const q = claim.quotes[0];
  const quoted = q ? claim.text.slice(q.start - claim.start, q.end - claim.start).trim() : '';
  const words = (quoted || claim.text).trim().replace(/^[“"']+|[”"']+$/g, '');
  const kind = claim.source.kind;
  const speaker =
    claim.source.name ??
    (kind === 'none' ? 'no source given' : kind === 'outlet' ? report.outlet : 'unnamed source');
  const parts = [
    `“${words}”`,
    speaker,
    `as reported by ${report.outlet}`,
    `“${report.title}”`,
    knownDate(report.publishedTime),
    report.url,
  ].filter((p): p is string => !!p);
  return `${parts.join(', ')}.`.replace(/\.\.$/, '.');
}
