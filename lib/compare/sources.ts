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
