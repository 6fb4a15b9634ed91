/**
 * The search-term index of a report: its content terms as the language floor (`lib/text`) makes them, so
 * a query term, a claim's fingerprint term and the indexed term of a saved report are the same string.
 */
import { contentTerms } from '@/lib/text/terms';

/** At most this many terms are indexed per report: the most frequent, title terms first. */
export const MAX_TERMS = 96;

/** The capped, distinct term set indexed for a report: title terms, then body terms by frequency. */
export function articleTerms(title: string, text: string, cap = MAX_TERMS): string[] {
  const counts = new Map<string, number>();
  for (const t of contentTerms(text)) counts.set(t, (counts.get(t) ?? 0) + 1);
  const picked = new Set(contentTerms(title));
  // Map iteration keeps first-seen order, so the stable sort breaks frequency ties by position.
  const byFreq = [...counts.entries()].sort((a, b) => b[1] - a[1]);
  for (const [t] of byFreq) {
    if (picked.size >= cap) break;
    picked.add(t);
  }
  return [...picked].slice(0, cap);
}
