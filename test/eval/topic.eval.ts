/**
 * Topic evaluation: the default topic on the five seeds, on the 311 real corpus pages (none on the topic), and
 * its confusion on the project's near-topic negatives and on-topic excerpts (test/fixtures/topic).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { articleFromText } from '../analyze/actors/article-from-text';
import { loadCorpusArticles } from '../analyze/topic/corpus-articles';
import { defaultThreshold, scoreDefaultTopic, topicFixtureVerdicts } from '../analyze/topic/topic-confusion';
import type { BenchModule, BenchResult } from '../bench/bench-types';
import { corpusDir, corpusSkipReason, hasCorpus } from '../corpus';

const mod: BenchModule = {
  name: 'topic',
  async run(): Promise<BenchResult> {
    const threshold = defaultThreshold();
    const verdicts = topicFixtureVerdicts();
    const on = verdicts.filter((v) => v.onTopic);
    const near = verdicts.filter((v) => !v.onTopic);
    const onAbove = on.filter((v) => v.match && v.score >= threshold).length;
    const nearBelow = near.filter((v) => !v.match && v.score < threshold).length;
    const notes = [
      `near-topic confusion (threshold ${threshold}): on-topic excerpts matched ${onAbove}/${on.length}, near-topic negatives below ${nearBelow}/${near.length}`,
      ...verdicts.map(
        (v) =>
          `  ${v.name}: ${v.score}${v.match ? ' match' : ''}${v.missing.length ? ` (missing ${v.missing.join('; ')})` : ''}`,
      ),
    ];
    const metrics: BenchResult['metrics'] = [
      { key: 'topic_near_negatives_below', value: nearBelow, target: near.length, better: 'higher' },
      {
        key: 'topic_near_negatives_false_matches',
        value: near.length - nearBelow,
        target: 0,
        better: 'lower',
      },
      { key: 'topic_on_topic_excerpts_matched', value: onAbove, target: on.length, better: 'higher' },
    ];
    if (!hasCorpus) return { metrics, notes: [...notes, corpusSkipReason] };
    const seedDir = join(corpusDir, 'seeds');
    const seeds = readdirSync(seedDir).map((f) =>
      scoreDefaultTopic(articleFromText(readFileSync(join(seedDir, f), 'utf8'))),
    );
    const pages = loadCorpusArticles();
    const scores = pages.map((p) => ({ name: `${p.set}/${p.name}`, s: scoreDefaultTopic(p.article) }));
    const falseMatches = scores.filter((x) => x.s.match);
    const highest = scores.reduce((m, x) => Math.max(m, x.s.score), 0);
    notes.push(
      `seeds: ${seeds.map((s) => s.score).join(', ')}; real pages: ${falseMatches.length} of ${pages.length} matched, highest score ${highest}`,
    );
    metrics.push(
      { key: 'topic_seeds_matched', value: seeds.filter((s) => s.match).length, target: 5, better: 'higher' },
      { key: 'topic_real_pages_false_matches', value: falseMatches.length, target: 0, better: 'lower' },
      { key: 'topic_real_pages', value: pages.length },
      { key: 'topic_real_pages_highest_score', value: highest },
    );
    return { metrics, notes };
  },
};
export default mod;
