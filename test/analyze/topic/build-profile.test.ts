import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { getDefaultLexicon } from '../../../lib/analyze/actors/default-lexicon';
import { findActors } from '../../../lib/analyze/actors/find-actors';
import { buildTopicProfile } from '../../../lib/analyze/topic/build-topic-profile';
import { compileTopic } from '../../../lib/analyze/topic/compile-topic';
import { scoreTopic } from '../../../lib/analyze/topic/score-topic';
import type { Analysis, Article, TopicProfile } from '../../../lib/types';
import { corpusDir, corpusSkipReason, hasCorpus } from '../../corpus';
import { articleFromText } from '../actors/article-from-text';

const fixtureDir = resolve(import.meta.dirname, '../../fixtures/analyze');
const lexicon = getDefaultLexicon();

function analysed(text: string): { article: Article; analysis: Analysis } {
  const article = articleFromText(text);
  return { article, analysis: { actors: findActors(article, lexicon), claims: [], topics: [] } };
}

function matches(profile: TopicProfile, text: string): { match: boolean; score: number } {
  const { article, analysis } = analysed(text);
  return scoreTopic(article, analysis.actors, compileTopic(profile), lexicon);
}

const fixture = (name: string) => readFileSync(join(fixtureDir, name), 'utf8');

describe('buildTopicProfile ("follow this story")', () => {
  const profile = buildTopicProfile(
    ['story-dam-1.txt', 'story-dam-2.txt', 'story-dam-3.txt'].map((f) => analysed(fixture(f))),
    'Orlen Dam cracks',
  );

  it('derives story terms and actors, not generic news words', () => {
    const terms = profile.terms.map((t) => t.term);
    console.log(
      'built profile:',
      JSON.stringify({
        terms: terms.slice(0, 10),
        actors: profile.actors,
        requireAll: profile.requireAll,
        threshold: profile.threshold,
      }),
    );
    expect(terms.some((t) => /spillway|dam|crack|reservoir/.test(t))).toBe(true);
    expect(terms).not.toContain('said');
    expect(profile.actors.map((a) => a.term)).toContain('orlen-dam');
    expect(profile.threshold).toBeGreaterThan(0);
  });

  it('matches a fourth article of the story and none of the off-topic texts', () => {
    const fourth = matches(profile, fixture('story-dam-4.txt'));
    console.log('4th article:', fourth.score, 'threshold', profile.threshold);
    expect(fourth.match).toBe(true);
    for (const f of [
      'offtopic-football.txt',
      'offtopic-recipe.txt',
      'offtopic-velmar-election.txt',
      'invented-korvath.txt',
    ]) {
      const s = matches(profile, fixture(f));
      console.log(`${f}: ${s.score}`);
      expect(s.match, f).toBe(false);
    }
  });

  it('refuses an empty selection with a clear message', () => {
    expect(() => buildTopicProfile([], 'x')).toThrow(/at least one article/);
  });
});

describe.skipIf(!hasCorpus)(
  `buildTopicProfile on the real seeds (${hasCorpus ? 'corpus present' : corpusSkipReason})`,
  () => {
    it('a profile from seeds 000, 003 and 004 matches 001 and not the off-topic fixtures', () => {
      const seeds = readdirSync(join(corpusDir, 'seeds')).sort();
      const read = (i: number) => readFileSync(join(corpusDir, 'seeds', seeds[i]), 'utf8');
      const profile = buildTopicProfile(
        [0, 3, 4].map((i) => analysed(read(i))),
        'Iran proxies vs US forces',
      );
      expect(matches(profile, read(1)).match).toBe(true);
      for (const f of ['offtopic-football.txt', 'offtopic-velmar-election.txt', 'story-dam-4.txt'])
        expect(matches(profile, fixture(f)).match, f).toBe(false);
    });
  },
);
