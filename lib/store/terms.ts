/**
 * The search-term index: content words, lower-cased, folded and lightly stemmed, stopwords out. Queries
 * and candidates use the same function, so a query term always meets the indexed form.
 */

/** At most this many terms are indexed per report: the most frequent, title terms first. */
export const MAX_TERMS = 96;

const STOPWORDS = new Set(
  (
    'the a an and or but if of in on at to for from by with as is are was were be been being it its this that ' +
    'these those he she they them his her their we our you your i me my not no nor so than too very can will ' +
    'would could should may might must has have had do does did said says say also about after before over ' +
    'into out up down more most some such only own same other any each few both all there here when where ' +
    'which who whom whose what why how while during against between through under again further then once ' +
    'just now new one two told according us'
  ).split(' '),
);

/** Folds a word to its index form: lower case, no accents, plural and common suffixes trimmed. */
export function stemTerm(word: string): string {
  let w = word.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
  if (/^\d/.test(w) || w.length <= 4) return w;
  if (w.endsWith('ies')) w = `${w.slice(0, -3)}y`;
  else if (w.endsWith('ing') && w.length > 6) w = w.slice(0, -3);
  else if (w.endsWith('ed') && w.length > 5) w = w.slice(0, -2);
  else if (w.endsWith('es') && /(ss|x|ch|sh)es$/.test(w)) w = w.slice(0, -2);
  else if (w.endsWith('s') && !w.endsWith('ss')) w = w.slice(0, -1);
  return w;
}

/** The index terms of a piece of text, in order of appearance, with duplicates. */
export function tokenTerms(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu)) {
    const raw = m[0].replace(/['’]s?$/u, '');
    for (const part of raw.split(/[-'’]/)) {
      const lower = part.toLowerCase();
      if (lower.length < 2 || STOPWORDS.has(lower)) continue;
      if (lower.length < 3 && !/\d/.test(lower)) continue;
      out.push(stemTerm(lower));
    }
  }
  return out;
}

/** The capped, distinct term set indexed for a report: title terms, then body terms by frequency. */
export function articleTerms(title: string, text: string, cap = MAX_TERMS): string[] {
  const counts = new Map<string, number>();
  for (const t of tokenTerms(text)) counts.set(t, (counts.get(t) ?? 0) + 1);
  const picked = new Set(tokenTerms(title));
  // Map iteration keeps first-seen order, so the stable sort breaks frequency ties by position.
  const byFreq = [...counts.entries()].sort((a, b) => b[1] - a[1]);
  for (const [t] of byFreq) {
    if (picked.size >= cap) break;
    picked.add(t);
  }
  return [...picked].slice(0, cap);
}
