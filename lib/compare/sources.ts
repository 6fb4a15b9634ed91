/** Attribution comparison: whether two claims credit the same source. */
import type { ClaimSource } from '@/lib/types';

/** A source name reduced for comparison: case, articles and punctuation ignored. */
export function normaliseSourceName(name: string | null): string {
  return (name ?? '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s]/gu, ' ')
    .replace(/\b(?:the|a|an)\b/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** True when two sources differ in kind, resolved actor, or name. */
export function sourcesDiffer(a: ClaimSource, b: ClaimSource): boolean {
  if (a.kind !== b.kind) return true;
  if (a.kind === 'none') return false;
  if (a.actorId && b.actorId) return a.actorId !== b.actorId;
  return normaliseSourceName(a.name) !== normaliseSourceName(b.name);
}

/** A short human description of a source, e.g. "a US official (told CNN)" or "no source". */
export function describeSource(s: ClaimSource): string {
  if (s.kind === 'none' || !s.name) return 'no source';
  if (!s.cue) return s.name;
  // Analysers often record the whole phrase ("US officials said") as the cue: show it once.
  return s.cue.includes(s.name) ? s.cue : `${s.name} (${s.cue})`;
}

/** True when a source was found with confidence: a named, unnamed or outlet source with its attribution cue. */
export function confidentSource(s: ClaimSource): boolean {
  return s.kind !== 'none' && Boolean(s.name?.trim()) && Boolean(s.cue?.trim());
}

function mentions(text: string, s: ClaimSource): boolean {
  const name = normaliseSourceName(s.name);
  return name.length > 0 && ` ${normaliseSourceName(text)} `.includes(` ${name} `);
}

/**
 * True when two aligned claims really credit different sources: both sources confidently found, they
 * differ, and neither claim names both (a sentence naming both leaves the credit to the analyser's reading,
 * not to the outlets).
 */
export function isAttributionShift(
  here: { text: string; source: ClaimSource },
  there: { text: string; source: ClaimSource },
): boolean {
  if (!confidentSource(here.source) || !confidentSource(there.source)) return false;
  if (!sourcesDiffer(here.source, there.source)) return false;
  const crossed =
    (mentions(here.text, there.source) && mentions(here.text, here.source)) ||
    (mentions(there.text, here.source) && mentions(there.text, there.source));
  return !crossed;
}
