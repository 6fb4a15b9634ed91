/**
 * Claim fingerprints and ids. A fingerprint is the sorted unique list of content terms (folded, lower-case,
 * stemmed, stopwords out) with each figure replaced by one token "#<value>" (or "#>min" / "#<max" for
 * bounds), so "three rockets" and "3 rockets" align and a rewrite that changes wording keeps most terms.
 */
import { stem } from '@/lib/text/stem';
import { termOf } from '@/lib/text/terms';
import { wordsOf } from '@/lib/text/tokenize';
import type { Figure, Span } from '@/lib/types';

function figureToken(f: Figure): string | null {
  if (f.unit === 'date') return f.date ? `#${f.date}` : null;
  if (f.value !== null) return `#${f.value}`;
  if (f.min !== null && f.max !== null) return `#${f.min}-${f.max}`;
  if (f.min !== null) return `#>${f.min}`;
  if (f.max !== null) return `#<${f.max}`;
  return null;
}

/** The content terms of text[span), figures normalised to "#" tokens. */
export function fingerprint(text: string, span: Span, figures: Figure[]): string[] {
  const terms = new Set<string>();
  let at = span.start;
  const parts: string[] = [];
  for (const f of figures) {
    if (f.start < at) continue;
    parts.push(text.slice(at, f.start));
    const t = figureToken(f);
    if (t) terms.add(t);
    // The counted noun stays a term; the number words do not.
    if (f.unit && f.unit !== 'date' && f.unit !== 'year') terms.add(stem(f.unit.split(' ').pop() ?? f.unit));
    at = f.end;
  }
  parts.push(text.slice(at, span.end));
  for (const part of parts)
    for (const w of wordsOf(part)) {
      const t = termOf(w);
      if (t !== null) terms.add(t);
    }
  return [...terms].sort();
}

/** A deterministic claim id: FNV-1a of the start offset and the text, in base 36. */
export function claimId(start: number, text: string): string {
  let h = 0x811c9dc5;
  const s = `${start}:${text}`;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return `c${(h >>> 0).toString(36)}`;
}
