import { findDateInText, normaliseDate, parseDateLine } from '@/lib/text/dates';
import { findArticleNode, ldAuthors, ldString, readJsonLd } from './json-ld';
import { linkHref, metaContent, resolveUrl } from './meta';
import { normaliseSpace } from './paragraphs';
import { ownCanonical } from './same-site';

/** Page metadata gathered from JSON-LD, OpenGraph and meta tags, before reading the body. */
export interface PageMeta {
  /** The page's canonical address: its own `url` unless the page names one on its own site. */
  canonicalUrl: string;
  /** A canonical address the page named on another site, refused (kept only as a note). */
  claimedCanonicalUrl: string | null;
  siteName: string;
  title: string | null;
  byline: string | null;
  publishedTime: string | null;
  lang: string | null;
  /** JSON-LD `articleBody`, when the page ships one. */
  ldBody: string | null;
}

function hostName(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return '';
  }
}

// Short elements whose class or id says they hold the date: the usual home of a visible date line.
function dateFromElements(doc: Document): string | null {
  const els = doc.querySelectorAll(
    '[class*="date" i], [class*="time" i], [class*="byline" i], [id*="date" i], [class*="dateline" i], [class*="meta" i]',
  );
  for (const el of Array.from(els).slice(0, 50)) {
    const text = el.textContent ?? '';
    if (text.length > 200) continue;
    const iso = parseDateLine(normaliseSpace(text));
    if (iso) return iso;
  }
  return null;
}

function timeElementDate(doc: Document): string | null {
  for (const el of Array.from(doc.querySelectorAll('time[datetime], [itemprop="datePublished"]')).slice(
    0,
    10,
  )) {
    const iso = normaliseDate(el.getAttribute('datetime') ?? el.getAttribute('content'));
    if (iso) return iso;
  }
  return null;
}

// "Headline | Outlet", "Headline - Outlet", "Headline — Outlet": a short last part names the site.
const TITLE_SUFFIX = /\s[|–—-]\s([^|–—-]{2,40})$/;

/** The outlet named at the end of a page title, or null. */
export function titleSuffixSite(title: string | null | undefined): string | null {
  const m = TITLE_SUFFIX.exec((title ?? '').trim());
  if (!m) return null;
  const name = m[1].trim();
  // An outlet's name is a few capitalised words, not a second clause of the headline.
  return name.split(/\s+/).length <= 4 && /^[A-Z0-9]/.test(name) ? name : null;
}

/** Reads the page's own metadata; `url` is where the page was loaded from. */
export function readPageMeta(doc: Document, url: string): PageMeta {
  const ld = findArticleNode(readJsonLd(doc));
  const claimed =
    linkHref(doc, 'canonical', url) ?? resolveUrl(metaContent(doc, ['og:url']) ?? '', url) ?? url;
  const { canonicalUrl: canonical, refused } = ownCanonical(claimed, url);
  const publisher = ldString(ld, 'publisher');
  const siteName =
    metaContent(doc, ['og:site_name', 'application-name']) ??
    publisher ??
    titleSuffixSite(doc.title) ??
    hostName(canonical) ??
    hostName(url);
  const published =
    normaliseDate(ldString(ld, 'datePublished')) ??
    normaliseDate(
      metaContent(doc, [
        'article:published_time',
        'datepublished',
        'pubdate',
        'publishdate',
        'date',
        'dc.date',
        'parsely-pub-date',
        'sailthru.date',
      ]),
    ) ??
    timeElementDate(doc);
  const body = ldString(ld, 'articleBody');
  return {
    canonicalUrl: canonical,
    claimedCanonicalUrl: refused,
    siteName: siteName || hostName(url) || (url.startsWith('file:') ? 'local file' : 'unknown site'),
    title: ldString(ld, 'headline') ?? metaContent(doc, ['og:title', 'twitter:title']),
    byline:
      ldAuthors(ld) ?? metaContent(doc, ['author', 'article:author', 'byl', 'parsely-author', 'dc.creator']),
    publishedTime: published,
    lang: doc.documentElement?.getAttribute('lang')?.trim() || null,
    // Some sites put escaped HTML in articleBody; that is markup, not the text.
    ldBody: body && body.length > 200 && !/<[a-z][^>]*>|&lt;[a-z]/i.test(body) ? body : null,
  };
}

/** A date from the visible page when the metadata had none: date-ish elements, then the body's first lines. */
export function visibleDate(doc: Document, text: string): string | null {
  return dateFromElements(doc) ?? findDateInText(text);
}
