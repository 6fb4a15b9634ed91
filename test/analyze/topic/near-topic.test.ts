import { describe, expect, it } from 'vitest';
import { articleFromText } from '../actors/article-from-text';
import { defaultThreshold, scoreDefaultTopic, topicFixtureVerdicts } from './topic-confusion';

describe('default topic on near-topic reports', () => {
  it('puts every near-topic negative below the threshold and every on-topic excerpt above it', () => {
    const threshold = defaultThreshold();
    const verdicts = topicFixtureVerdicts();
    expect(verdicts.filter((v) => !v.onTopic).length).toBeGreaterThanOrEqual(10);
    for (const v of verdicts) {
      if (v.onTopic) expect(v.match && v.score >= threshold, v.name).toBe(true);
      else expect(!v.match && v.score < threshold, `${v.name} ${v.score}`).toBe(true);
    }
  });

  it('does not match a report whose Iran-aligned groups are only mentioned in passing', () => {
    const body = [
      'US Commandos Raid Smuggling Camp in Western Iraq',
      'US troops raided a smuggling camp near the town of Qasr Durah in western Iraq, killing six gunmen in an attack on their compound, the military said.',
      'The gunmen belonged to a criminal gang that moved fuel across the Syrian border, officials said, and no US forces were hurt in the strike.',
      'Several Iran-backed groups keep offices in the province, residents said.',
    ].join('\n');
    const s = scoreDefaultTopic(articleFromText(body));
    expect(s.match).toBe(false);
    expect(s.reasons.some((r) => r.term.startsWith('only in passing'))).toBe(true);
    // The same facts with the groups as the attackers are on the topic.
    const onTopic = body.replace(
      'Several Iran-backed groups keep offices in the province, residents said.',
      'Iran-backed militias claimed a rocket attack on the same base hours later.',
    );
    expect(scoreDefaultTopic(articleFromText(onTopic)).match).toBe(true);
  });

  it('does not count a militia with no tie to Iran as the topic’s groups', () => {
    const s = scoreDefaultTopic(
      articleFromText(
        'Clan Militia Attacks Checkpoint\nA clan militia attacked an army checkpoint in Syria with rockets and drones, and US troops nearby were put on alert, officials said.',
      ),
    );
    expect(s.match).toBe(false);
  });
});
