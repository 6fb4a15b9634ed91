/** Detects Title Case paragraphs (headlines, section titles), where capitalisation says nothing about names. */

import { isUpperChar } from '@/lib/text/char-class';
import { isStopword } from '@/lib/text/stopwords';
import type { Article, Span } from '../../types';

/** True when most content words of a short paragraph start with a capital letter. */
export function isTitleCase(paragraph: string): boolean {
  if (paragraph.length > 300) return false;
  // A pull quote in Title Case is a heading too: read it without its quotation marks.
  paragraph = paragraph.replace(/^\s*["“‘]+|["”’]+\s*$/g, '');
  let content = 0;
  let capital = 0;
  const words = paragraph.split(/\s+/);
  // Headlines are short; a long paragraph full of names ("Sgt. A, 46, Spc. B, 24, ...") is still prose.
  if (words.length > 25) return false;
  // A headline has no closing full stop; a sentence dense with names ("Sgt. Ann Lee of the 5th Signal Battalion.") does.
  if (/[.!?]["'\u201d)]?\s*$/.test(paragraph) && !/\b[A-Z]\.\s*$/.test(paragraph)) return false;
  for (const raw of words) {
    const w = raw.replace(/^[^A-Za-z\u00C0-\uFFFF]+|[^A-Za-z\u00C0-\uFFFF]+$/g, '');
    if (w.length < 4 || isStopword(w.toLowerCase())) continue;
    content++;
    if (isUpperChar(w[0])) capital++;
  }
  return content >= 4 && capital / content >= 0.7;
}

/**
 * A short line of capitalised words with no closing punctuation: a section heading or a pull quote ("Long
 * Road Home"). Its words are not a person's name by default, only when something else says so.
 */
export function isShortHeading(paragraph: string): boolean {
  const p = paragraph.replace(/^\s*["“‘]+|["”’]+\s*$/g, '').trim();
  if (p.length > 60 || /[.!?:,;]$/.test(p)) return false;
  const words = p.split(/\s+/);
  return words.length >= 2 && words.length <= 6 && words.every((w) => !/^[a-z]/.test(w) || isStopword(w));
}

/** The spans of `article.text` that are Title Case paragraphs. */
export function headlineSpans(article: Article): Span[] {
  const paras: Span[] = article.paragraphs.length ? article.paragraphs : splitParagraphs(article.text);
  return paras.filter((p) => isTitleCase(article.text.slice(p.start, p.end)));
}

function splitParagraphs(text: string): Span[] {
  const out: Span[] = [];
  const re = /[^\n]+/g;
  for (const m of text.matchAll(re)) out.push({ start: m.index, end: m.index + m[0].length });
  return out;
}
