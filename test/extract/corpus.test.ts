import { beforeAll, describe, expect, it } from 'vitest';
import { corpusSkipReason, hasCorpus } from '../corpus';
import {
  type DetectionReport,
  type ExtractionReport,
  evaluateDetection,
  evaluateExtraction,
} from './corpus-eval';

if (!hasCorpus) console.warn(corpusSkipReason);

const pct = (x: number) => x.toFixed(4);

describe.skipIf(!hasCorpus)('extraction on the 181 extraction-benchmark pages', () => {
  let r: ExtractionReport;
  beforeAll(() => {
    r = evaluateExtraction();
    console.log(
      `extraction benchmark (${r.pages} pages): F1 ${pct(r.shingle.f1)} (P ${pct(r.shingle.precision)}, R ${pct(r.shingle.recall)}; 4-token shingles), ` +
        `word-token F1 ${pct(r.tokens.f1)}; Readability.js stored output scored the same way: ${pct(r.readabilityJs.shingle.f1)} / ${pct(r.readabilityJs.tokens.f1)}; ` +
        `${r.msPerPage.toFixed(1)} ms/page`,
    );
    console.log(`worst pages: ${r.worst.map((w) => `${w.id.slice(0, 10)} ${w.f1.toFixed(2)}`).join(', ')}`);
  }, 600_000);

  it('the scorer reproduces the published Readability.js figure (0.947)', () => {
    expect(r.readabilityJs.shingle.f1).toBeGreaterThan(0.942);
    expect(r.readabilityJs.shingle.f1).toBeLessThan(0.952);
  });

  it('body-text F1 is at least 0.947 by the benchmark measure and by plain word tokens', () => {
    expect(r.shingle.f1).toBeGreaterThanOrEqual(0.947);
    expect(r.tokens.f1).toBeGreaterThanOrEqual(0.947);
  });

  it('no page throws or yields a malformed article, and nearly every page is detected as an article', () => {
    expect(r.failures).toEqual([]);
    expect(r.missedArticles.length).toBeLessThanOrEqual(3);
  });
});

describe.skipIf(!hasCorpus)('detection on the 130 readability test pages', () => {
  let r: DetectionReport;
  beforeAll(() => {
    r = evaluateDetection();
    console.log(
      `detection on readability pages: ${r.correct}/${r.labelled} agree with "readerable" (${pct(r.accuracy)}), ${r.msPerPage.toFixed(1)} ms/page`,
    );
    for (const d of r.disagreements)
      console.log(`  disagrees: ${d.name} (expected ${d.expected}): ${d.signals.join('; ')}`);
  }, 600_000);

  it('agrees with the readerable labels on at least 97% of pages', () => {
    expect(r.labelled).toBeGreaterThan(100);
    expect(r.accuracy).toBeGreaterThanOrEqual(0.97);
  });

  it('detect and extract run on every page without an exception or a malformed article', () => {
    expect(r.failures).toEqual([]);
  });
});
