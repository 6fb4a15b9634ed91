/**
 * Test helper: quote attribution on BASIL's annotated quotes. A quote span with a speaker counts as right when
 * the claim covering it names that speaker as its source. Speaker labels that name a group ("House_Democrats",
 * "plaintiffs", "Obama_campaign") or no one ("other_anti") are tallied apart: they have no name to match.
 */
import type { Claim } from '../../../lib/types';
import type { BasilArticle } from './load-basil';

/** How a BASIL speaker label is scored. */
export type SpeakerKind = 'named' | 'group' | 'unnamed';

const GROUP_NOUNS = new Set(
  'lawmakers democrats republicans officials companies catholics plaintiffs protestors campaign'.split(' '),
);

/** A label is unnamed (other_*), a group (a lower-case or plural group word), or a named person or body. */
export function speakerKind(label: string): SpeakerKind {
  if (label.startsWith('other_')) return 'unnamed';
  const words = label.split('_');
  if (words.some((w) => w[0] !== w[0].toUpperCase() || GROUP_NOUNS.has(w.toLowerCase()))) return 'group';
  return 'named';
}

const fold = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[^A-Za-z\s]/g, '')
    .toLowerCase()
    .split(/\s+/)
    .filter(Boolean);

/**
 * True when a source name names the labelled speaker: its last word starts with the label's last word
 * ("Calder" → "Calderón", "Netanyahu"), or every label word starts one of its words ("N.A.A.C.P." for "NAACP").
 */
export function namesSpeaker(sourceName: string | null, label: string): boolean {
  if (!sourceName) return false;
  const src = fold(sourceName);
  const lab = fold(label.replace(/_/g, ' '));
  if (src.length === 0 || lab.length === 0) return false;
  if (src[src.length - 1].startsWith(lab[lab.length - 1])) return true;
  return lab.every((w) => src.some((s) => s.startsWith(w)));
}

/** Tally of one speaker kind. */
export interface AttributionTally {
  total: number;
  right: number;
  misses: string[];
}

/** Per-kind tallies of BASIL quote attribution. */
export type AttributionScore = Record<SpeakerKind, AttributionTally>;

/** Score the quotes of `articles`, given a function that returns each article's claims. */
export function scoreQuoteAttribution(
  articles: BasilArticle[],
  claimsOf: (a: BasilArticle) => Claim[],
): AttributionScore {
  const score: AttributionScore = {
    named: { total: 0, right: 0, misses: [] },
    group: { total: 0, right: 0, misses: [] },
    unnamed: { total: 0, right: 0, misses: [] },
  };
  for (const a of articles) {
    const quotes = a.spans.filter((s) => s.quote === 'yes' && s.speaker);
    if (quotes.length === 0) continue;
    const claims = claimsOf(a);
    for (const q of quotes) {
      const base = a.sentenceStarts[Number(q.id.slice(1))];
      if (base === undefined) continue;
      const start = base + q.start;
      const end = base + q.end;
      const claim = claims.find((c) => c.start < end && c.end > start);
      const kind = speakerKind(q.speaker);
      const t = score[kind];
      t.total++;
      const right =
        kind === 'named'
          ? namesSpeaker(claim?.source.name ?? null, q.speaker)
          : (claim?.source.kind ?? 'none') !== 'none';
      if (right) t.right++;
      else
        t.misses.push(
          `${a.key} ${q.id}@${start} ${q.speaker} ← ${claim ? `${claim.source.kind}:${claim.source.name}` : 'no claim'}`,
        );
    }
  }
  return score;
}
