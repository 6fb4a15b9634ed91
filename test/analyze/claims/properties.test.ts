import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractClaims } from '@/lib/analyze/claims';
import { findFigures } from '@/lib/analyze/figures';
import { splitSentences } from '@/lib/text/sentences';
import type { Article, Span } from '@/lib/types';

const pieces = [
  ' ',
  '\n',
  '\n\n',
  '.',
  '. ',
  '"',
  '“',
  '”',
  '‘',
  '’',
  "'",
  ',',
  ':',
  'U.S.',
  'Gen.',
  'Oct. 18',
  'said',
  'told CNN',
  'according to',
  '\u200b',
  '\u200f',
  '\u202e',
  'قال المسؤول',
  'שלום',
  'at least 34',
  'two dozen',
  'more than 40',
  '5:04 PM',
  '$1.2 billion',
  'Tuesday',
  'the 17th',
  '2,500 troops',
  'he added',
  'Kirby',
  'officials',
  '%',
  '-',
  '—',
  '😀',
  'a.m.',
  'J.',
  '?',
  '!',
  '(',
  ')',
  '\t',
  '999999999999999999999',
  '1.5 million',
];
const text = fc.oneof(
  fc.string({ maxLength: 300 }),
  fc.array(fc.constantFrom(...pieces), { maxLength: 120 }).map((a) => a.join('')),
  fc
    .tuple(fc.constantFrom(...pieces), fc.integer({ min: 500, max: 4000 }))
    .map(([p, n]) => `${p} word`.repeat(n)),
);

function checkSpans(spans: Span[], len: number): void {
  let last = 0;
  for (const s of spans) {
    expect(s.start).toBeGreaterThanOrEqual(last);
    expect(s.end).toBeGreaterThan(s.start);
    expect(s.end).toBeLessThanOrEqual(len);
    last = s.end;
  }
}

function asArticle(t: string): Article {
  const paragraphs: Span[] = [];
  let start = 0;
  for (const part of t.split('\n\n')) {
    if (part) paragraphs.push({ start, end: start + part.length });
    start += part.length + 2;
  }
  return {
    url: 'u',
    canonicalUrl: 'u',
    title: '',
    byline: null,
    siteName: '',
    publishedTime: '2024-01-30',
    lang: null,
    text: t,
    paragraphs,
  };
}

describe('properties on arbitrary strings', () => {
  it('splitSentences returns ordered, in-range, non-overlapping spans', () => {
    fc.assert(
      fc.property(text, (t) => checkSpans(splitSentences(t), t.length)),
      { numRuns: 300 },
    );
  });

  it('findFigures returns ordered, in-range, non-overlapping figures whose text matches', () => {
    fc.assert(
      fc.property(text, fc.integer({ min: -5, max: 50 }), fc.integer({ min: 0, max: 5000 }), (t, a, b) => {
        const figures = findFigures(t, { start: a, end: a + b }, '2024-01-30');
        checkSpans(figures, t.length);
        for (const f of figures) expect(t.slice(f.start, f.end)).toBe(f.text);
      }),
      { numRuns: 300 },
    );
  });

  it('extractClaims returns ordered claims with quotes, figures and spans inside them', () => {
    fc.assert(
      fc.property(text, (t) => {
        const claims = extractClaims(asArticle(t), []);
        checkSpans(claims, t.length);
        for (const c of claims) {
          expect(t.slice(c.start, c.end)).toBe(c.text);
          for (const q of [...c.quotes, ...c.figures]) {
            expect(q.start).toBeGreaterThanOrEqual(c.start);
            expect(q.end).toBeLessThanOrEqual(c.end);
          }
        }
      }),
      { numRuns: 250 },
    );
  });
});
