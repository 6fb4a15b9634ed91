import type { Article, Result } from '@/lib/types';
import { extractArticle } from './extract';
import { htmlLimitReason } from './limits';

/** The one method of `DOMParser` extraction needs: the browser's own, or jsdom's in tests. */
export interface HtmlParser {
  parseFromString(html: string, type: 'text/html'): Document;
}

/**
 * Extracts the article from a page's serialised HTML, for contexts other than the page itself (the offscreen
 * document, Firefox's background page). Oversize input is refused with the size-limit reason.
 */
export function extractFromHtml(html: string, url: string, parser: HtmlParser): Result<Article | null> {
  const tooBig = htmlLimitReason(html);
  if (tooBig) return { ok: false, error: tooBig };
  // A DOMParser document runs no script and loads nothing. The outerHTML it gets has lost its doctype, so one
  // is put back to parse in standards mode, as the page was.
  const doc = parser.parseFromString(
    /^\s*<!doctype/i.test(html) ? html : `<!doctype html>${html}`,
    'text/html',
  );
  // Parsed without scripting, <noscript> turns into real markup the reader never sees (the live page, with
  // scripting on, keeps it as inert text); drop it so it cannot pass for article text.
  for (const el of Array.from(doc.querySelectorAll('noscript'))) el.remove();
  return { ok: true, value: extractArticle(doc, url) };
}
