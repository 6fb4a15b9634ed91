import { describe, expect, it } from 'vitest';
import { SHIPPED_TOPICS } from '@/lib/analyze/topic/default-topics';
import { autoSaveTopics } from '@/lib/ext/background/auto-save';
import { analyzeText } from '@/lib/pipeline';
import type { PageState } from '@/lib/types';

const onTopic = `Drone strike wounds US troops in Syria
A one-way attack drone struck a base housing US troops in eastern Syria on Tuesday, wounding four service members, the Pentagon said.
Kataib Hezbollah, an Iran-backed militia, claimed the attack on the base.
US Central Command said it would respond to the attack on its forces at a time of its choosing.`;

function stateOf(text: string): PageState {
  const r = analyzeText(text, 'https://news.example/a');
  return {
    url: 'https://news.example/a',
    detection: r.detection,
    article: r.article,
    analysis: r.analysis,
    orphans: [],
    analyzedAt: new Date().toISOString(),
  };
}

describe('automatic saving per followed topic', () => {
  const topic = SHIPPED_TOPICS[0];

  it('saves a matching page only when its topic asks for it', () => {
    const state = stateOf(onTopic);
    expect(state.analysis?.topics.find((t) => t.id === topic.id)?.match).toBe(true);
    expect(autoSaveTopics(state, [topic])).toEqual([]);
    expect(autoSaveTopics(state, [{ ...topic, autoSave: true }])).toEqual([topic.id]);
  });

  it('never saves a page that does not match, or was skipped', () => {
    const off = stateOf(
      'Council passes budget\nThe city council approved the budget on Monday after a long debate.',
    );
    expect(autoSaveTopics(off, [{ ...topic, autoSave: true }])).toEqual([]);
    const skipped = { ...stateOf(onTopic), skipped: 'article too long' };
    expect(autoSaveTopics(skipped, [{ ...topic, autoSave: true }])).toEqual([]);
  });
});
