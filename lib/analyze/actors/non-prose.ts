/**
 * Lines of a news page that are not the report's prose: photo credits ("Credit Jane Doe/Agence France-Presse —
 * Getty Images"), bylines ("By Jane Doe and Sam Roe"), production credits ("Reporting by …; Editing by …") and
 * captions that end with a credit. Their names are not the story's actors, and their sentences are not claims.
 */
import type { Article, Span } from '../../types';

const CREDIT_OPENING =
  /^(?:credits?|photo(?:graph)?s?|images?|pictures?|video|illustration)\b\s*(?::|by\b|[A-Z])/i;
const PRODUCTION = /^(?:(?:additional )?reporting|writing|editing|compiled|produced|translated) by\b/i;
const BYLINE = /^by\s+[A-Z]/i;
/** A credit at the end of a line: "(AP Photo/Jane Doe)", "Photo: Jane Doe/Reuters", "/Getty Images". */
const TRAILING_CREDIT =
  /(?:\((?:AP|AFP|Reuters|EPA|Getty)?\s*(?:photo|image|credit|picture)[^)]*\)|\/\s*(?:Getty Images|Reuters|AFP|AP|EPA|Shutterstock)\b[^.]*|(?:photo|credit)s?:\s*[^.]+)\s*$/i;
/** Words that make a short line a sentence rather than a byline ("By Friday the water had fallen."). */
const SENTENCE_WORDS = /\b(?:is|are|was|were|has|had|have|will|would|said|says|the)\b/;

/** True when one paragraph is a credit, a byline or a captioned credit rather than prose. */
export function isNonProse(paragraph: string): boolean {
  const p = paragraph.trim();
  if (p.length === 0 || p.length > 240) return false;
  if (PRODUCTION.test(p)) return true;
  if (BYLINE.test(p)) return p.length <= 120 && !SENTENCE_WORDS.test(p.slice(3));
  if (CREDIT_OPENING.test(p) && p.length <= 160 && !SENTENCE_WORDS.test(p)) return true;
  return TRAILING_CREDIT.test(p);
}

/** The paragraphs of an article that are credits, bylines or captions. */
export function nonProseSpans(article: Article): Span[] {
  const paras: Span[] = article.paragraphs.length
    ? article.paragraphs
    : [...article.text.matchAll(/[^\n]+/g)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
  return paras.filter((p) => isNonProse(article.text.slice(p.start, p.end)));
}
