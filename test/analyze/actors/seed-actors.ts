/** Test helper: actor precision/recall on the five seed reports against their hand-written gold. */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { getDefaultLexicon } from '../../../lib/analyze/actors/default-lexicon';
import { findActors } from '../../../lib/analyze/actors/find-actors';
import { corpusDir } from '../../corpus';
import { type GoldActor, prf, scoreActors } from './actor-score';
import { articleFromText } from './article-from-text';

const goldDir = resolve(import.meta.dirname, '../../fixtures/gold/actors');

/** Summed counts over the seeds, their P/R/F1, and one line per seed. */
export interface SeedActorScore {
  files: number;
  tp: number;
  fp: number;
  fn: number;
  p: number;
  r: number;
  f1: number;
  lines: string[];
}

/** Score the actor finder on the five seeds (the corpus must be present). */
export function scoreSeedActors(): SeedActorScore {
  const lexicon = getDefaultLexicon();
  let tp = 0;
  let fp = 0;
  let fn = 0;
  const lines: string[] = [];
  const files = readdirSync(goldDir).filter((f) => f.endsWith('.json') && !f.startsWith('page-'));
  for (const f of files) {
    const gold = JSON.parse(readFileSync(join(goldDir, f), 'utf8')) as { seed: string; actors: GoldActor[] };
    const text = readFileSync(join(corpusDir, 'seeds', `${gold.seed}.txt`), 'utf8');
    const s = scoreActors(findActors(articleFromText(text), lexicon), gold.actors, lexicon);
    const m = prf(s.tp, s.fp, s.fn);
    lines.push(
      `${gold.seed}: P ${m.p.toFixed(3)} R ${m.r.toFixed(3)} F1 ${m.f1.toFixed(3)}` +
        (s.missed.length ? ` missed ${s.missed.join(', ')}` : '') +
        (s.spurious.length ? ` spurious ${s.spurious.join(', ')}` : ''),
    );
    tp += s.tp;
    fp += s.fp;
    fn += s.fn;
  }
  return { files: files.length, tp, fp, fn, ...prf(tp, fp, fn), lines };
}
