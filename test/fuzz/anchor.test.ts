import fc from 'fast-check';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { Anchorer, spanText } from '@/lib/anchor/anchor';
import { findQuote } from '@/lib/anchor/find-quote';
import { foldChar, isSpace, normaliseText } from '@/lib/anchor/normalise';
import { makeSelector } from '@/lib/anchor/selector';
import { buildTextIndex } from '@/lib/anchor/text-index';
import { parseHtml } from '@/lib/node/parse-html';
import type { TextQuoteSelector } from '@/lib/types';
import { hostileChunk, hostilePage } from './hostile-input';

const RUNS = 350;
const noSpace = (s: string) => s.replace(/\s+/g, '');

/** A page plus a span of its indexed text, chosen by two fractions so every span is valid. */
const pageAndSpan = fc.tuple(
  hostilePage,
  fc.double({ min: 0, max: 1, noNaN: true }),
  fc.integer({ min: 1, max: 120 }),
);

describe(`anchor: ${RUNS} generated malformed pages`, () => {
  it(`the text index maps every character back into its node, on ${RUNS} pages`, () => {
    let anchored = 0;
    fc.assert(
      fc.property(pageAndSpan, ([html, at, len]) => {
        const doc = parseHtml(html, 'https://news.example/a');
        const index = buildTextIndex(doc.body ?? doc);
        expect(index.nodeOf.length).toBe(index.text.length);
        const wrong: number[] = [];
        for (let i = 0; i < index.text.length; i++) {
          const n = index.nodeOf[i];
          if (n < 0) continue;
          // Each indexed character is the (folded) character at its recorded node offset.
          const ch = index.nodes[n].data[index.offsetOf[i]] ?? '';
          const ok = isSpace(index.text[i]) ? isSpace(ch) : foldChar(ch) === index.text[i];
          if (!ok) wrong.push(i);
        }
        expect(wrong).toEqual([]);
        if (index.text.trim().length < 2) return;
        const start = Math.min(Math.floor(at * index.text.length), index.text.length - 1);
        const end = Math.min(index.text.length, start + len);
        const selector = makeSelector(index.text, { start, end });
        const result = new Anchorer(doc.body ?? doc).anchor(selector);
        if (!selector.exact.trim()) return;
        // A selector cut from the page's own text is always found, and its DOM span starts and ends on the
        // quote's first and last visible characters (hidden text in between, e.g. a stray <title>, is skipped).
        expect(result).not.toBeNull();
        if (!result) return;
        const exact = noSpace(selector.exact);
        const { span } = result;
        expect(foldChar(span.startNode.data[span.startOffset])).toBe(exact[0]);
        expect(foldChar(span.endNode.data[span.endOffset - 1])).toBe(exact[exact.length - 1]);
        expect(noSpace(normaliseText(spanText(span)))).toContain(exact.slice(-3));
        anchored++;
      }),
      { numRuns: RUNS, seed: 20240203 },
    );
    console.log(`fuzz anchor: ${RUNS} generated pages, ${anchored} selectors anchored exactly`);
    expect(anchored).toBeGreaterThan(RUNS / 2);
  });

  it('hostile selectors (odd characters, empty, longer than the text, wild positions) never throw (200 selectors)', () => {
    const doc = parseHtml(
      '<p>Kataib Hezbollah said three drones hit the base. Officials said 34 were hurt.</p>',
      'https://e.test/',
    );
    const index = buildTextIndex(doc);
    const selector: fc.Arbitrary<TextQuoteSelector> = fc.record({
      exact: fc.oneof(hostileChunk, fc.constant(''), fc.constant('x'.repeat(5000))),
      prefix: hostileChunk,
      suffix: hostileChunk,
      start: fc.oneof(fc.integer(), fc.constant(Number.NaN), fc.constant(Number.MAX_SAFE_INTEGER)),
      end: fc.oneof(fc.integer(), fc.constant(-1)),
    });
    fc.assert(
      fc.property(selector, (s) => {
        const match = findQuote(index.text, s, s.start);
        if (match) {
          expect(match.start).toBeGreaterThanOrEqual(0);
          expect(match.end).toBeLessThanOrEqual(index.text.length);
          expect(match.start).toBeLessThanOrEqual(match.end);
        }
        new Anchorer(doc).anchor(s);
      }),
      { numRuns: 200, seed: 11 },
    );
  });

  it('indexes 5,000 levels of nesting without recursion', () => {
    // linkedom: jsdom's parser takes tens of seconds at this depth.
    const deep = parseHTML(
      `<html><body>${'<span>'.repeat(5000)}Deep text here.${'</span>'.repeat(5000)}</body></html>`,
    ).document;
    const index = buildTextIndex(deep);
    expect(index.text.trim()).toBe('Deep text here.');
    const found = new Anchorer(deep).anchor(
      makeSelector(index.text, { start: index.text.indexOf('text'), end: index.text.indexOf('text') + 4 }),
    );
    expect(found && spanText(found.span)).toBe('text');
  });
});
