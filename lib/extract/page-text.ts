/**
 * Every text a page's extracted article could be made of, read without running Readability: the topic
 * pre-check runs on it so that, on pages nobody asked about, articles no followed topic could match are not
 * extracted at all. It is a superset of the article: the article's title comes from the page title, a
 * title meta tag, JSON-LD or a heading; its text from the body's blocks (split where `blockTexts` splits
 * them) or from JSON-LD `articleBody`.
 */
import { readJsonLd } from './json-ld';
import { blockTexts, normaliseSpace } from './paragraphs';

/** Strings anywhere in a parsed JSON-LD value (headline, articleBody, names), depth-limited. */
function ldStrings(value: unknown, out: string[], depth: number): void {
  if (depth > 8) return;
  if (typeof value === 'string') out.push(normaliseSpace(value));
  else if (Array.isArray(value)) for (const v of value) ldStrings(v, out, depth + 1);
  else if (value && typeof value === 'object')
    for (const v of Object.values(value)) ldStrings(v, out, depth + 1);
}

/** The page's candidate title texts and all of its readable text, as the topic pre-check reads them. */
export function pageTopicText(doc: Document): { title: string; text: string } {
  const titles = [doc.title];
  for (const meta of Array.from(doc.querySelectorAll('meta[content]'))) {
    const key = `${meta.getAttribute('name') ?? ''} ${meta.getAttribute('property') ?? ''}`;
    if (/title/i.test(key)) titles.push(meta.getAttribute('content') ?? '');
  }
  const parts: string[] = [];
  ldStrings(readJsonLd(doc), parts, 0);
  if (doc.body) parts.push(...blockTexts(doc.body));
  return { title: titles.map(normaliseSpace).join('\n'), text: parts.join('\n') };
}
