/**
 * Reworded quotes between two reports: the same quotation in other words. A quote pair counts when its
 * claims were aligned and the words overlap substantially, or, when the claims were not aligned (the
 * surrounding sentence was rewritten), when both credit the same speaker and the words overlap. A quote
 * cut from a longer one is an excerpt, not a rewording.
 */
import type { Claim, ClaimSource } from '@/lib/types';
import { type ClaimFeatures, reportFeatures } from './features';
import { normaliseQuote, quoteDiff, quoteSimilarity, REWORDED_QUOTE_THRESHOLD } from './quotes';
import { normaliseSourceName } from './sources';
import type { Alignment, ComparableReport, RewordedQuote } from './types';

/** Words of a source name that identify a person or body, titles and articles left out. */
const TITLE_WORDS = new Set(
  'president vice secretary minister prime gen general lt col colonel adm admiral sen senator rep representative gov governor mayor mr mrs ms dr spokesman spokeswoman spokesperson press deputy chief director'.split(
    ' ',
  ),
);

function nameWords(s: ClaimSource): string[] {
  return normaliseSourceName(s.name)
    .split(' ')
    .filter((w) => w.length > 1 && !TITLE_WORDS.has(w));
}

/**
 * True when two sources name the same speaker: the same resolved actor, or the same last name
 * ("President Biden" and "Joe Biden"). Unnamed and missing sources never match: "an official" may be anyone.
 */
export function sameSpeaker(a: ClaimSource, b: ClaimSource): boolean {
  if (a.kind === 'none' || b.kind === 'none' || a.kind === 'unnamed' || b.kind === 'unnamed') return false;
  if (a.actorId && b.actorId && a.actorId === b.actorId) return true;
  const wa = nameWords(a);
  const wb = nameWords(b);
  return wa.length > 0 && wb.length > 0 && wa[wa.length - 1] === wb[wb.length - 1];
}

interface QuoteOf {
  quote: string;
  claim: Claim;
}

function quotesOf(features: ClaimFeatures[], claims?: Set<Claim>): QuoteOf[] {
  return features
    .filter((f) => !claims || claims.has(f.claim))
    .flatMap((f) => f.quotes.map((quote) => ({ quote, claim: f.claim })));
}

function bestPairs(
  here: QuoteOf[],
  there: QuoteOf[],
  ok: (h: Claim, t: Claim) => boolean,
  out: RewordedQuote[],
) {
  const scored: { h: QuoteOf; t: QuoteOf; s: number }[] = [];
  for (const h of here)
    for (const t of there) {
      if (!ok(h.claim, t.claim)) continue;
      const s = quoteSimilarity(h.quote, t.quote);
      if (s >= REWORDED_QUOTE_THRESHOLD) scored.push({ h, t, s });
    }
  scored.sort((a, b) => b.s - a.s);
  const used = new Set<string>(out.flatMap((q) => [`h${q.here}`, `t${q.there}`]));
  for (const { h, t, s } of scored) {
    if (used.has(`h${h.quote}`) || used.has(`t${t.quote}`)) continue;
    used.add(`h${h.quote}`);
    used.add(`t${t.quote}`);
    // The same words, or one quote cut from the other, is quoting, not rewording.
    const nh = normaliseQuote(h.quote);
    const nt = normaliseQuote(t.quote);
    if (` ${nh} `.includes(` ${nt} `) || ` ${nt} `.includes(` ${nh} `)) continue;
    out.push({
      here: h.quote,
      there: t.quote,
      hereClaim: h.claim,
      thereClaim: t.claim,
      similarity: Math.round(s * 1000) / 1000,
      diff: quoteDiff(t.quote, h.quote),
    });
  }
}

/** Quotes reworded between `current` and `other`: aligned claims first, then same-speaker claims. */
export function rewordedQuotes(
  current: ComparableReport,
  other: ComparableReport,
  alignment: Alignment,
): RewordedQuote[] {
  const out: RewordedQuote[] = [];
  const fa = reportFeatures(current).claims;
  const fb = reportFeatures(other).claims;
  const partner = new Map(alignment.pairs.map((p) => [p.here, p.there]));
  bestPairs(quotesOf(fa, new Set(partner.keys())), quotesOf(fb), (h, t) => partner.get(h) === t, out);
  bestPairs(
    quotesOf(fa),
    quotesOf(fb),
    (h, t) => partner.get(h) !== t && sameSpeaker(h.source, t.source),
    out,
  );
  return out;
}
