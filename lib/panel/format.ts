/** Display formatting for the panel: dates, figures, sources and counts, all locale-stable. */
import { MONTH_ABBREVIATIONS } from '@/lib/text/months';
import type { ActorType, ClaimKind, ClaimSource, Figure, SourceKind } from '@/lib/types';

const MONTHS = MONTH_ABBREVIATIONS.map((m) => m[0].toUpperCase() + m.slice(1));
const DAY_MS = 86_400_000;

/** An English noun's plural: "claim" → "claims", "injury" → "injuries", "match" → "matches". */
export function pluralOf(word: string): string {
  if (/[^aeiou]y$/i.test(word)) return `${word.slice(0, -1)}ies`;
  if (/(s|x|z|ch|sh)$/i.test(word)) return `${word}es`;
  return `${word}s`;
}

/** "3 claims" / "1 claim" / "2 injuries". */
export function plural(n: number, word: string, many = pluralOf(word)): string {
  return `${n} ${n === 1 ? word : many}`;
}

/** A date for a meta line, or null when unknown (so no "date unknown" sits in a line of facts). */
export function knownDate(iso: string | null | undefined): string | null {
  const d = formatDate(iso);
  return d === 'date unknown' ? null : d;
}

/**
 * Joins the facts of a meta line with " · ", dropping empty parts and any part that repeats an earlier
 * one (a source named "no source given" next to its kind "no source given").
 */
export function metaLine(...parts: (string | null | undefined | false)[]): string {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const p of parts) {
    const t = typeof p === 'string' ? p.trim() : '';
    if (!t || seen.has(t.toLowerCase())) continue;
    seen.add(t.toLowerCase());
    out.push(t);
  }
  return out.join(' · ');
}

/** "28 Jan 2024", or "date unknown" for null/invalid input. UTC so every machine shows the same day. */
export function formatDate(iso: string | null | undefined): string {
  if (!iso) return 'date unknown';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return 'date unknown';
  return `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
}

/** "2 days earlier", "5 hours later", "same time"; null when either date is missing. */
export function relativeTime(thereIso: string | null, hereIso: string | null): string | null {
  if (!thereIso || !hereIso) return null;
  const diff = new Date(hereIso).getTime() - new Date(thereIso).getTime();
  if (Number.isNaN(diff)) return null;
  const dir = diff >= 0 ? 'earlier' : 'later';
  const abs = Math.abs(diff);
  if (abs < 3_600_000) return 'about the same time';
  if (abs < DAY_MS) return `${plural(Math.round(abs / 3_600_000), 'hour')} ${dir}`;
  const days = Math.round(abs / DAY_MS);
  if (days < 60) return `${plural(days, 'day')} ${dir}`;
  return `${plural(Math.round(days / 30), 'month')} ${dir}`;
}

/** The one-line reason a report is related: "4 shared claims, 5 shared actors, 2 days earlier". */
export function relatedReason(
  sharedClaims: number,
  sharedActors: number,
  thereIso: string | null,
  hereIso: string | null,
): string {
  const parts = [plural(sharedClaims, 'shared claim'), plural(sharedActors, 'shared actor')];
  const when = relativeTime(thereIso, hereIso);
  if (when) parts.push(when);
  return parts.join(', ');
}

/** A figure as a reader would say it: "20", "at least 34", "more than 160", "≈24 (about two dozen)". */
export function formatFigure(f: Figure): string {
  const sign = CURRENCIES[f.unit]?.sign;
  // Amounts of money read as money: "$1,200,000,000" rather than a bare 1200000000.
  const n = (x: number) => (sign ? `${sign}${x.toLocaleString('en')}` : `${x}`);
  // Spelled-out amounts ("dozens", "two dozen") read as written, unit word dropped, the number after.
  const stem = f.unit.trim().replace(/(y|s)$/i, '');
  const written = (
    stem ? f.text.replace(new RegExp(`\\s+(of\\s+)?${escapeRe(stem)}\\w*$`, 'i'), '') : f.text
  ).trim();
  const spelled = written !== '' && !/\d/.test(written);
  if (spelled && f.value === null && f.min !== null && f.max === null)
    return `${written} (${n(f.min)} or more)`;
  let core: string;
  if (f.value !== null && f.min === f.value && f.max === null) core = `at least ${n(f.value)}`;
  else if (f.value !== null) core = `${f.approx ? '≈' : ''}${n(f.value)}`;
  else if (f.min !== null && f.max !== null) core = `${n(f.min)}–${n(f.max)}`;
  else if (f.min !== null) core = `more than ${n(f.min - 1)}`;
  else if (f.max !== null) core = `up to ${n(f.max)}`;
  else return f.text;
  // Spelled-out estimates ("two dozen") are worth showing as written; "Three" or "at least 34" are not.
  return f.approx && spelled ? `${core} (${written})` : core;
}

const SOURCE_KIND_LABELS: Record<SourceKind, string> = {
  named: 'named source',
  unnamed: 'unnamed official',
  outlet: 'the outlet',
  none: 'no source given',
};

/** Human label for a source kind. */
export function sourceKindLabel(kind: SourceKind): string {
  return SOURCE_KIND_LABELS[kind];
}

/** "a US official (told CNN)", "John Kirby", "no source given". */
export function formatSource(s: ClaimSource): string {
  const name = s.name ?? SOURCE_KIND_LABELS[s.kind];
  // A cue that repeats the name ("Defense Secretary Lloyd Austin said") says nothing the name does not.
  const repeats = s.cue && s.name && s.cue.toLowerCase().includes(s.name.toLowerCase());
  return s.cue && !repeats ? `${name} (${s.cue})` : name;
}

const ACTOR_TYPE_LABELS: Record<ActorType, [string, string]> = {
  person: ['Person', 'People'],
  organization: ['Organisation', 'Organisations'],
  state: ['State', 'States'],
  armed_group: ['Armed group', 'Armed groups'],
  place: ['Place', 'Places'],
  media: ['Media outlet', 'Media'],
};

/** "Armed groups" (plural) or "Armed group". */
export function actorTypeLabel(type: ActorType, many = true): string {
  return ACTOR_TYPE_LABELS[type][many ? 1 : 0];
}

const KIND_LABELS: Record<ClaimKind, string> = {
  attributed: 'attributed',
  quote: 'quote',
  figure: 'figure',
  date: 'date',
  denial: 'denial',
  warning: 'warning',
  intent: 'intent',
};

/** Label for a claim kind. */
export function claimKindLabel(kind: ClaimKind): string {
  return KIND_LABELS[kind];
}

/** "1.2 MB", "830 KB", "12 bytes". */
export function formatBytes(n: number): string {
  if (n < 1024) return plural(n, 'byte');
  if (n < 1024 * 1024) return `${Math.round(n / 1024)} KB`;
  return `${(n / (1024 * 1024)).toFixed(1)} MB`;
}

const CURRENCIES: Record<string, { sign: string; label: string }> = {
  USD: { sign: '$', label: 'US dollars' },
  GBP: { sign: '£', label: 'Pounds sterling' },
  EUR: { sign: '€', label: 'Euros' },
};

/** A capitalised unit for headings: "wounded" → "Wounded", "attack" → "Attacks", "USD" → "US dollars". */
export function unitLabel(unit: string): string {
  // A bare number ("a vote of 312") counts nothing in particular.
  if (!unit.trim()) return 'Figure';
  if (Object.hasOwn(CURRENCIES, unit)) return CURRENCIES[unit].label;
  const plain = ['wounded', 'killed', 'dead', 'injured', 'missing', 'displaced', 'detained'];
  const word = plain.includes(unit) || unit.endsWith('s') || unit.endsWith('ed') ? unit : pluralOf(unit);
  return word.charAt(0).toUpperCase() + word.slice(1);
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
