import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readability } from '@mozilla/readability';
import { JSDOM, VirtualConsole } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { Anchorer, spanText } from '@/lib/anchor/anchor';
import { normaliseText } from '@/lib/anchor/normalise';
import { makeSelector } from '@/lib/anchor/selector';
import { corpusDir, corpusSkipReason, hasCorpus } from '../corpus';

const pagesDir = join(corpusDir, 'readability-pages/test-pages');

/** Sentence-sized spans spread across the article, the size of the claims the analyser anchors. */
function sampleSpans(text: string, max: number): { start: number; end: number }[] {
  const spans = [...text.matchAll(/[A-Z][^.!?\n]{40,220}[.!?]/g)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
  }));
  const step = Math.max(1, Math.floor(spans.length / max));
  return spans.filter((_, i) => i % step === 0).slice(0, max);
}

describe.skipIf(!hasCorpus)(
  `anchoring Readability's text back into 130 real pages (${corpusSkipReason})`,
  () => {
    it('anchors at least 97% of sentence quotes, each to the right text', () => {
      const quiet = new VirtualConsole();
      let total = 0;
      let anchored = 0;
      const misses: string[] = [];
      const wrong: string[] = [];
      for (const name of readdirSync(pagesDir).sort()) {
        const html = readFileSync(join(pagesDir, name, 'source.html'), 'utf8');
        const doc = new JSDOM(html, { virtualConsole: quiet }).window.document;
        const article = new Readability(doc.cloneNode(true) as Document).parse();
        const text = article?.textContent ?? '';
        const spans = sampleSpans(text, 8);
        if (!spans.length) continue;
        const anchorer = new Anchorer(doc.body ?? doc);
        for (const span of spans) {
          total++;
          const sel = makeSelector(text, span);
          const hit = anchorer.anchor(sel);
          if (!hit) {
            misses.push(`${name}: ${sel.exact.slice(0, 40)}`);
            continue;
          }
          const found = normaliseText(spanText(hit.span)).trim();
          const want = normaliseText(sel.exact).trim();
          // Hidden inline text (e.g. MathML annotations) sits inside some ranges, so compare the edges.
          const edge = hit.errors === 0 ? 12 : 3;
          if (found.slice(0, edge) !== want.slice(0, edge) || found.slice(-edge) !== want.slice(-edge))
            wrong.push(`${name}: ${want.slice(0, 30)} → ${found.slice(0, 30)}…${found.slice(-20)}`);
          anchored++;
        }
      }
      const rate = anchored / total;
      expect(total).toBeGreaterThan(500);
      expect(wrong.length, wrong.join('\n')).toBeLessThanOrEqual(total * 0.01);
      expect(rate, `misses: ${misses.slice(0, 10).join(' | ')}`).toBeGreaterThanOrEqual(0.97);
    }, 240_000);
  },
);
