import { afterEach, describe, expect, it } from 'vitest';
import { SHIPPED_LEXICON_INDEX } from '@/lib/analyze/actors/default-lexicon';
import { SHIPPED_TOPICS } from '@/lib/analyze/topic/default-topics';
import { analysisSettings, engineSources } from '@/lib/ext/background/analysis-settings';
import { ParallaxDB } from '@/lib/store/db';
import { SETTING_KEYS } from '@/lib/store/setting-keys';
import type { LexiconEntry, TopicProfile } from '@/lib/types';

let db: ParallaxDB;
afterEach(async () => {
  db.close();
  await db.delete();
});

describe("the background engine's sources and the page's settings", () => {
  it('gives the shipped topics and no additions on a fresh profile, and sends the page no lexicon', async () => {
    db = new ParallaxDB(`settings-${Math.random()}`);
    const s = await engineSources(db);
    expect(s.lexicon).toBe(SHIPPED_LEXICON_INDEX);
    expect(s.topics.map((t) => t.profile.id)).toEqual(SHIPPED_TOPICS.map((t) => t.id));
    expect(s.key).toBe('');
    const page = await analysisSettings(db);
    expect(page).toEqual({ highlights: null, depth: 'auto' });
  });

  it("carries the user's lexicon additions, followed stories and edited topics", async () => {
    db = new ParallaxDB(`settings-${Math.random()}`);
    const entry: LexiconEntry = {
      id: 'dravic-brigades',
      name: 'Dravic Brigades',
      type: 'armed_group',
      aliases: [],
    };
    await db.settings.put({ key: SETTING_KEYS.lexiconAdditions, value: [entry] });
    const edited: TopicProfile = { ...SHIPPED_TOPICS[0], threshold: 0.9 };
    const followed: TopicProfile = { ...SHIPPED_TOPICS[0], id: 'harbor-point', label: 'Harbor Point attack' };
    await db.topics.bulkPut([edited, followed]);
    const s = await engineSources(db);
    expect(s.key).not.toBe('');
    expect(s.lexicon.userIds).toEqual([entry.id]);
    expect(s.lexicon.entries).toContainEqual(entry);
    expect(s.lexicon.entries).toHaveLength(SHIPPED_LEXICON_INDEX.entries.length + 1);
    expect(s.topics.filter((t) => t.profile.id === edited.id).map((t) => t.profile)).toEqual([edited]);
    expect(s.topics.map((t) => t.profile.id)).toContain('harbor-point');
  });
});
