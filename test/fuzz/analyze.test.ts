import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '@/lib/analyze/index';
import { articleFromText } from '@/lib/extract';
import { analyzeText } from '@/lib/pipeline';
import { hostileParagraph, hostileText, oddCharacters, storySentences } from './hostile-input';
import { analysisProblems, articleProblems } from './invariants';

const URL_ = 'https://news.example/story';
const RUNS = 450;

describe(`analyze: ${RUNS} generated hostile texts`, () => {
  it(`no exception escapes and every invariant holds on ${RUNS} texts`, () => {
    let claims = 0;
    let actors = 0;
    fc.assert(
      fc.property(hostileText, (text) => {
        const r = analyzeText(text, URL_);
        if (!r.article) {
          expect(r.skipped).toBeTruthy();
          return;
        }
        expect(articleProblems(r.article)).toEqual([]);
        expect(r.analysis).not.toBeNull();
        if (!r.analysis) return;
        expect(analysisProblems(r.article, r.analysis)).toEqual([]);
        // The analysis is stored and sent between contexts: it must survive JSON.
        expect(JSON.parse(JSON.stringify(r.analysis))).toEqual(r.analysis);
        claims += r.analysis.claims.length;
        actors += r.analysis.actors.length;
      }),
      { numRuns: RUNS, seed: 20240202 },
    );
    console.log(`fuzz analyze: ${RUNS} generated texts, ${claims} claims, ${actors} actors`);
    // The texts are built around story sentences: finding nothing would mean the generator broke.
    expect(claims).toBeGreaterThan(RUNS);
    expect(actors).toBeGreaterThan(RUNS);
  });

  it('odd characters between every word keep offsets exact (one text per character class)', () => {
    for (const ch of oddCharacters) {
      const body = storySentences.map((s) => s.split(' ').join(` ${ch}`)).join('\n\n');
      const article = articleFromText(`Title${ch}\n\n${body}`, URL_);
      const analysis = analyzeArticle(article);
      expect(articleProblems(article)).toEqual([]);
      expect(analysisProblems(article, analysis)).toEqual([]);
    }
  });

  it('hand-built articles whose paragraphs carry hostile text keep claims inside paragraphs (100 articles)', () => {
    fc.assert(
      fc.property(fc.array(hostileParagraph, { minLength: 1, maxLength: 8 }), (paras) => {
        const article = articleFromText(['A title', ...paras].join('\n\n'), URL_);
        expect(analysisProblems(article, analyzeArticle(article))).toEqual([]);
      }),
      { numRuns: 100, seed: 7 },
    );
  });
});
