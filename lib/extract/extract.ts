import { Readability } from '@mozilla/readability';
import { stripBidi } from '@/lib/schema/safe-text';
import type { Article } from '@/lib/types';
import { dropBoilerplate } from './boilerplate';
import { extractionLimitReason, MAX_ELEMENTS } from './limits';
import { densestParagraphParent } from './listing';
import { readPageMeta, visibleDate } from './metadata';
import { blockTexts, joinParagraphs, normaliseSpace } from './paragraphs';
import { regionDocument, storyRegion } from './region';

interface Body {
  title: string | null;
  byline: string | null;
  paragraphs: string[];
}

function runReadability(doc: Document, region: Element | null): Body | null {
  // Readability rewrites the tree it reads, so it only ever sees a copy of the live page (or of its story region).
  const clone = region ? regionDocument(doc, region) : (doc.cloneNode(true) as Document);
  const reader = new Readability<Element>(clone, {
    maxElemsToParse: MAX_ELEMENTS,
    serializer: (node) => node as Element,
  });
  const result = reader.parse();
  if (!result?.content) return null;
  return {
    title: result.title ?? null,
    byline: result.byline ?? null,
    paragraphs: blockTexts(result.content),
  };
}

function tryReadability(doc: Document, region: Element | null): Body | null {
  try {
    return runReadability(doc, region);
  } catch {
    return null;
  }
}

// When Readability gives up (too little text by its measure, or an exception), the block with the most
// substantial paragraphs is still usually the story; it is read in place, without changing the page.
function fallbackBody(doc: Document): Body | null {
  const root = densestParagraphParent(doc);
  if (!root) return null;
  const paragraphs = blockTexts(root);
  return paragraphs.length ? { title: null, byline: null, paragraphs } : null;
}

function cleanByline(s: string | null | undefined): string | null {
  const t = normaliseSpace(s ?? '');
  if (!t || /^https?:/i.test(t) || t.length > 200) return null;
  return t;
}

/** How to extract. */
export interface ExtractOptions {
  /** The story region to read (see region.ts); null reads the whole page; left out, it is found here. */
  region?: Element | null;
}

/** Extracts the readable article from a page (never mutating it); null when nothing readable is found or the page is over the size limits. Never throws. */
export function extractArticle(doc: Document, url: string, options: ExtractOptions = {}): Article | null {
  try {
    return extract(doc, url, options.region);
  } catch {
    // A page hostile enough to break the metadata readers is treated like a page with no article.
    return null;
  }
}

function extract(doc: Document, url: string, given: Element | null | undefined): Article | null {
  if (extractionLimitReason(doc)) return null;
  const region = given === undefined ? storyRegion(doc) : given;
  let body = tryReadability(doc, region);
  // The region is a guess; when Readability finds nothing in it, the whole page gets its chance.
  if (region && !body?.paragraphs.length) body = tryReadability(doc, null);
  if (!body || body.paragraphs.length === 0) body = fallbackBody(doc);
  const meta = readPageMeta(doc, url);
  let paras = body?.paragraphs ?? [];
  // JSON-LD articleBody is the publisher's own text; prefer it when Readability found much less.
  if (meta.ldBody) {
    const ldParas = meta.ldBody
      .split(/\n\s*\n|\r?\n/)
      .map(normaliseSpace)
      .filter(Boolean);
    const ldLen = ldParas.join(' ').length;
    const rdLen = paras.join(' ').length;
    if (ldLen > rdLen * 1.2) paras = ldParas;
  }
  // The visible date line is read before boilerplate removal drops it from the body.
  const rawTop = paras.slice(0, 8).join('\n');
  paras = dropBoilerplate(paras, url);
  if (paras.length === 0) return null;
  // An over-long article is still returned: callers check `textLimitReason` so the reader is told
  // "article too long" rather than "no article found".
  const joined = joinParagraphs(paras);
  // Titles and outlet names are shown in the panel: no bidirectional control may reorder them.
  const title = stripBidi(normaliseSpace(body?.title || meta.title || doc.title || ''));
  return {
    url,
    canonicalUrl: meta.canonicalUrl,
    ...(meta.claimedCanonicalUrl ? { claimedCanonicalUrl: meta.claimedCanonicalUrl } : {}),
    title,
    byline: cleanByline(body?.byline) ?? cleanByline(meta.byline),
    siteName: stripBidi(meta.siteName),
    publishedTime: meta.publishedTime ?? visibleDate(doc, rawTop),
    lang: meta.lang,
    ...joined,
  };
}
