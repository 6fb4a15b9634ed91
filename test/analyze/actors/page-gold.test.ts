import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { DOMParser } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { getDefaultLexicon } from '../../../lib/analyze/actors/default-lexicon';
import { findActors } from '../../../lib/analyze/actors/find-actors';
import { corpusDir, corpusSkipReason, hasCorpus } from '../../corpus';
import { type GoldActor, prf, scoreActors } from './actor-score';
import { articleFromText } from './article-from-text';

const goldDir = resolve(import.meta.dirname, '../../fixtures/gold/actors');

/** The text of Readability's expected output for a corpus page, one paragraph per block. */
function pageText(page: string): string {
  const html = readFileSync(join(corpusDir, page, 'expected.html'), 'utf8');
  const doc = new DOMParser().parseFromString(`<html><body>${html}</body></html>`, 'text/html');
  return [...doc.querySelectorAll('p, h1, h2, h3, li, blockquote')]
    .map((e) => (e.textContent ?? '').replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join('\n\n');
}

// Real pages outside the story: a check that the finder generalises beyond the seeds it was built beside.
describe.skipIf(!hasCorpus)(
  `actor finder on real off-story pages (${hasCorpus ? 'corpus present' : corpusSkipReason})`,
  () => {
    it('keeps actor F1 ≥ 0.85 on hand-annotated pages', () => {
      const lexicon = getDefaultLexicon();
      let tp = 0;
      let fp = 0;
      let fn = 0;
      for (const f of readdirSync(goldDir).filter((x) => x.startsWith('page-'))) {
        const gold = JSON.parse(readFileSync(join(goldDir, f), 'utf8')) as {
          page: string;
          actors: GoldActor[];
        };
        const s = scoreActors(
          findActors(articleFromText(pageText(gold.page)), lexicon),
          gold.actors,
          lexicon,
        );
        const m = prf(s.tp, s.fp, s.fn);
        console.log(
          `${gold.page}: P ${m.p.toFixed(3)} R ${m.r.toFixed(3)} F1 ${m.f1.toFixed(3)} missed [${s.missed.join(', ')}] spurious [${s.spurious.join(', ')}]`,
        );
        tp += s.tp;
        fp += s.fp;
        fn += s.fn;
      }
      expect(tp + fn).toBeGreaterThan(0);
      const all = prf(tp, fp, fn);
      console.log(`pages overall: P ${all.p.toFixed(3)} R ${all.r.toFixed(3)} F1 ${all.f1.toFixed(3)}`);
      expect(all.f1).toBeGreaterThanOrEqual(0.85);
    });
  },
);
