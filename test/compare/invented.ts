/**
 * Invented reports (fictional places, people and outlets) run through the real pipeline: the material for
 * testing the comparison rules on sentences written for the purpose, not on any real article.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeArticle } from '@/lib/analyze/index';
import { fromArticle } from '@/lib/compare/comparable';
import type { ComparableReport } from '@/lib/compare/types';
import { articleFromText } from '@/lib/extract';
import type { Analysis, Article } from '@/lib/types';

const dir = join(import.meta.dirname, '../fixtures/compare/invented');

/** The invented fixtures, with their outlet and publication time (null: undated). */
export const INVENTED = {
  courier: { outlet: 'Elwin Courier', published: '2031-03-04T18:00:00Z' },
  gazette: { outlet: 'Kestrel Gazette', published: '2031-03-04T21:30:00Z' },
  followup: { outlet: 'Elwin Courier', published: '2031-04-08T09:00:00Z' },
  race: { outlet: 'Harrow Sport', published: '2031-03-05T17:00:00Z' },
} as const;

const FILES: Record<keyof typeof INVENTED, string> = {
  courier: 'flood-courier.txt',
  gazette: 'flood-gazette.txt',
  followup: 'flood-followup.txt',
  race: 'cycling-race.txt',
};

/** An invented article with its analysis; `undated` drops its publication time. */
export function inventedArticle(
  name: keyof typeof INVENTED,
  undated = false,
): { article: Article; analysis: Analysis } {
  const { outlet, published } = INVENTED[name];
  const text = readFileSync(join(dir, FILES[name]), 'utf8');
  const base = articleFromText(text, `https://${outlet.toLowerCase().replace(/ /g, '-')}.example/${name}`);
  const article = { ...base, siteName: outlet, publishedTime: undated ? null : published };
  return { article, analysis: analyzeArticle(article) };
}

/** An invented report, ready to compare; the id is its name. */
export function invented(name: keyof typeof INVENTED, undated = false): ComparableReport {
  const { article, analysis } = inventedArticle(name, undated);
  return fromArticle(article, analysis, name);
}
