import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeArticle, resolveLexicon, resolveTopics } from '../../../lib/analyze/index';
import { validateTopicProfile } from '../../../lib/analyze/topic/compile-topic';
import { SHIPPED_TOPICS } from '../../../lib/analyze/topic/default-topics';
import type { TopicProfile } from '../../../lib/types';
import { articleFromText } from '../actors/article-from-text';

const text = readFileSync(resolve(import.meta.dirname, '../../fixtures/analyze/story-dam-2.txt'), 'utf8');

const damTopic: TopicProfile = {
  id: 'orlen-dam',
  label: 'Orlen Dam',
  terms: [
    { term: 'spillway', weight: 3 },
    { term: 'evacuation', weight: 2 },
    { term: 'reservoir', weight: 2 },
  ],
  actors: [{ term: 'orlen-dam', weight: 4 }],
  requireAll: [['orlen-dam'], ['spillway', 'reservoir']],
  threshold: 0.4,
};

describe('analyzeArticle options', () => {
  it('scores user topics, with reasons, and lets user lexicon entries name actors', () => {
    const a = analyzeArticle(articleFromText(text), {
      topics: [damTopic],
      lexicon: [
        {
          id: 'velmar-water',
          name: 'Velmarian Water Authority',
          type: 'organization',
          aliases: ['the authority'],
        },
      ],
    });
    expect(a.topics).toHaveLength(1);
    expect(a.topics[0]).toMatchObject({ id: 'orlen-dam', match: true });
    expect(a.topics[0].reasons[0].weight).toBeGreaterThan(0);
    expect(a.topics[0].reasons.map((r) => r.term)).toContain('spillway');
    const water = a.actors.find((x) => x.id === 'velmar-water');
    expect(water?.origin).toBe('user');
    expect(a.actors.find((x) => x.id === 'orlen-dam')?.type).toBe('place');
  });

  it('does not match the default topic on an unrelated story', () => {
    const a = analyzeArticle(articleFromText(text));
    expect(a.topics.map((t) => t.id)).toEqual(SHIPPED_TOPICS.map((t) => t.id));
    expect(a.topics.every((t) => !t.match)).toBe(true);
    expect(a.topics[0].reasons.some((r) => r.term.startsWith('missing:'))).toBe(true);
  });

  it('compiles each options array once', () => {
    const topics = [damTopic];
    expect(resolveTopics({ topics })).toBe(resolveTopics({ topics }));
    const lexicon = [{ id: 'x-org', name: 'Xandor Group', type: 'organization' as const, aliases: [] }];
    expect(resolveLexicon({ lexicon })).toBe(resolveLexicon({ lexicon }));
    expect(resolveLexicon()).toBe(resolveLexicon({}));
  });

  it('explains a bad topic instead of throwing, and skips it', () => {
    const bad = { ...damTopic, id: 'bad', threshold: 7 };
    expect(validateTopicProfile(bad)).toMatch(/threshold/);
    expect(
      analyzeArticle(articleFromText(text), { topics: [bad, damTopic] }).topics.map((t) => t.id),
    ).toEqual(['orlen-dam']);
  });
});
