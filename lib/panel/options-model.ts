/** Pure helpers of the options page: setting keys, lexicon-entry and site-input validation. */
import type { ActorType, LexiconEntry } from '@/lib/types';

/** Actor types the user may pick for a lexicon addition. */
export const ACTOR_TYPES: ActorType[] = ['armed_group', 'state', 'person', 'organization', 'place', 'media'];

/** A lowercase slug id for a user lexicon entry ("Saraya Awliya al-Dam" → "user:saraya-awliya-al-dam"). */
export function lexiconId(name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return `user:${slug}`;
}

/** Validates the add-an-actor form; returns the entry, or a message saying what to fix. */
export function lexiconEntryFrom(
  name: string,
  type: string,
  aliases: string,
  existing: LexiconEntry[],
): LexiconEntry | string {
  const clean = name.trim().replace(/\s+/g, ' ');
  if (clean.length < 2) return 'Enter the actor’s name (at least 2 characters).';
  if (clean.length > 120) return 'That name is too long (120 characters at most).';
  if (!ACTOR_TYPES.includes(type as ActorType)) return 'Pick what kind of actor this is.';
  const id = lexiconId(clean);
  if (id === 'user:') return 'The name needs at least one letter or digit.';
  if (existing.some((e) => e.id === id)) return `“${clean}” is already in your additions.`;
  const list = [
    ...new Set(
      aliases
        .split(/[,;\n]/)
        .map((a) => a.trim().replace(/\s+/g, ' '))
        .filter((a) => a.length >= 2 && a.toLowerCase() !== clean.toLowerCase()),
    ),
  ];
  return { id, name: clean, type: type as ActorType, aliases: list, tags: ['user'] };
}

/** Match patterns for a site the user typed ("www.example.com", "https://example.com/path"), or an error. */
export function siteOrigins(input: string): string[] | string {
  const raw = input.trim();
  if (!raw) return 'Enter a site, e.g. www.example.com';
  let host: string;
  try {
    host = new URL(/^[a-z]+:\/\//i.test(raw) ? raw : `https://${raw}`).hostname;
  } catch {
    return `“${raw}” is not a site address.`;
  }
  if (!/^[a-z0-9.-]+\.[a-z]{2,}$/i.test(host) && host !== 'localhost' && !/^\d+\.\d+\.\d+\.\d+$/.test(host))
    return `“${raw}” is not a site address.`;
  return [`https://${host}/*`, `http://${host}/*`];
}

/** The site a match pattern covers, for display; the catch-all http(s) patterns read as "All sites". */
export function patternLabel(pattern: string): string {
  if (/^(\*|https?):\/\/\*\/\*$/.test(pattern) || pattern === '<all_urls>') return 'All sites';
  return pattern.replace(/^[a-z*]+:\/\//, '').replace(/\/\*$/, '');
}

/** Whether a page's address falls under one of the granted match patterns ("https://host/*", "*://*.host/*"). */
export function originGranted(url: string, patterns: string[]): boolean {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return false;
  }
  return patterns.some((p) => {
    if (p === '<all_urls>') return true;
    const m = /^(\*|https?):\/\/([^/]+)\//.exec(p);
    if (!m) return false;
    const [, scheme, host] = m;
    if (scheme !== '*' && `${scheme}:` !== u.protocol) return false;
    if (host === '*') return true;
    if (host.startsWith('*.')) return u.hostname === host.slice(2) || u.hostname.endsWith(host.slice(1));
    return u.hostname === host.replace(/:\d+$/, '');
  });
}
