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
  if (oneEditApart(src[src.length - 1], lab[lab.length - 1])) return true;
  return lab.every((w) => src.some((s) => s.startsWith(w)));
}

/** True when two surnames of five letters or more differ by one substituted letter ("Cowen" for "Cowan"). */
function oneEditApart(a: string, b: string): boolean {
  if (a.length < 5 || a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) diff++;
  return diff === 1;
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * True when the article names the source person as holding a role in the labelled body: the label heads their
 * title ("Harbor League President Ana Roe") or closes their appositive ("Ana Roe, chair of the Harbor League";
 * an abbreviation's period before a comma, as in "Hill, Vt.,", does not end the appositive).
 * A spokesperson's words are the body's words, so a label naming the body is matched by its officer.
 */
export function speaksFor(text: string, sourceName: string | null, label: string): boolean {
  if (!sourceName) return false;
  const surname = sourceName.trim().split(/\s+/).pop() ?? '';
  if (surname.length < 2) return false;
  const body = escapeRe(label.replace(/_/g, ' '));
  const name = escapeRe(surname);
  const before = new RegExp(`\\b${body}(?:'s)?\\s+(?:[A-Za-z.]+\\s+){1,3}${name}\\b`, 'i');
  const after = new RegExp(
    `\\b${name},\\s(?:[^.;"“”]|\\.(?=,)){0,60}?\\b(?:of|for|at)\\s(?:[^.;"“”]|\\.(?=,)){0,40}?\\b${body}\\b`,
    'i',
  );
  return before.test(text) || after.test(text);
}

/** Tally of one speaker kind; `classes` counts the misses by why they were missed (see `missClass`). */
export interface AttributionTally {
  total: number;
  right: number;
  misses: string[];
  classes: Record<string, number>;
}

/**
 * Why a quote was missed, first match wins: no claim covers it; the quote is under four words; its sentence
 * has no quotation mark (a block quote set off by layout); the claim's speaker is a pronoun resolved to someone
 * else; the claim has no source; the claim names another speaker.
 */
export function missClass(quote: string, sentence: string, claim: Claim | undefined): string {
  if (!claim) return 'no claim';
  if (
    quote
      .replace(/["“”‘’.,]/g, ' ')
      .trim()
      .split(/\s+/).length < 4
  )
    return 'short quote';
  if (!/["“”]/.test(sentence)) return 'unquoted block';
  if (
    /^(?:he|she|they)\b/i.test(claim.source.cue ?? '') ||
    /\b(?:he|she) (?:said|wrote|added|told)\b/i.test(claim.source.cue ?? '')
  )
    return 'pronoun';
  if (claim.source.kind === 'none') return 'no source';
  return 'other speaker';
}

/** Per-kind tallies of BASIL quote attribution. */
export type AttributionScore = Record<SpeakerKind, AttributionTally>;

/** Score the quotes of `articles`, given a function that returns each article's claims. */
export function scoreQuoteAttribution(
  articles: BasilArticle[],
  claimsOf: (a: BasilArticle) => Claim[],
): AttributionScore {
  const score: AttributionScore = {
    named: { total: 0, right: 0, misses: [], classes: {} },
    group: { total: 0, right: 0, misses: [], classes: {} },
    unnamed: { total: 0, right: 0, misses: [], classes: {} },
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
          ? namesSpeaker(claim?.source.name ?? null, q.speaker) ||
            speaksFor(a.article.text, claim?.source.name ?? null, q.speaker)
          : (claim?.source.kind ?? 'none') !== 'none';
      if (right) {
        t.right++;
        continue;
      }
      const sentenceEnd = a.sentenceStarts[Number(q.id.slice(1)) + 1] ?? a.article.text.length;
      const cls = missClass(a.article.text.slice(start, end), a.article.text.slice(base, sentenceEnd), claim);
      t.classes[cls] = (t.classes[cls] ?? 0) + 1;
      t.misses.push(
        `${a.key} ${q.id}@${start} ${q.speaker} ← ${claim ? `${claim.source.kind}:${claim.source.name}` : 'no claim'} [${cls}]`,
      );
    }
  }
  return score;
}
