/**
 * `npm run bench -- claims`: time of sentence splitting + claims + figures per 6,000 characters on the five
 * seeds (actors computed beforehand, as `analyzeArticle` does), and of actors + claims together.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { getDefaultLexicon } from '@/lib/analyze/actors/default-lexicon';
import { findActors } from '@/lib/analyze/actors/find-actors';
import { extractClaims } from '@/lib/analyze/claims';
import { articleFromText } from '@/lib/extract/from-text';
import { corpusDir, corpusSkipReason, hasCorpus } from '../corpus';
import type { BenchModule } from './bench-types';

function perSixK(ms: number, chars: number): number {
  return Number(((ms * 6000) / chars).toFixed(3));
}

const bench: BenchModule = {
  name: 'claims',
  async run() {
    if (!hasCorpus) return { metrics: [], notes: [corpusSkipReason] };
    const dir = join(corpusDir, 'seeds');
    const articles = readdirSync(dir)
      .filter((f) => f.endsWith('.txt'))
      .map((f) => articleFromText(readFileSync(join(dir, f), 'utf8'), `https://example.com/${f}`));
    const lexicon = getDefaultLexicon();
    const actors = articles.map((a) => findActors(a, lexicon));
    const chars = articles.reduce((n, a) => n + a.text.length, 0);
    const rounds = 200;
    const once = () => {
      for (const [k, a] of articles.entries()) extractClaims(a, actors[k]);
    };
    for (let i = 0; i < 20; i++) once();
    let t0 = performance.now();
    for (let i = 0; i < rounds; i++) once();
    const claimsMs = (performance.now() - t0) / rounds;
    t0 = performance.now();
    for (let i = 0; i < rounds; i++) for (const a of articles) extractClaims(a, findActors(a, lexicon));
    const bothMs = (performance.now() - t0) / rounds;
    return {
      metrics: [
        { key: 'claims.ms_per_6k_chars', value: perSixK(claimsMs, chars), target: 1.5, better: 'lower' },
        {
          key: 'claims.actors_plus_claims_ms_per_6k_chars',
          value: perSixK(bothMs, chars),
          target: 3,
          better: 'lower',
        },
      ],
      notes: [`${articles.length} seeds, ${chars} chars, ${rounds} rounds`],
    };
  },
};

export default bench;
