import { afterEach, describe, expect, it } from 'vitest';
import { SHIPPED_LEXICON_INDEX } from '@/lib/analyze/actors/default-lexicon';
import { indexTopics } from '@/lib/analyze/topic/compile-topic';
import { SHIPPED_TOPICS } from '@/lib/analyze/topic/default-topics';
import { analysisSettings, engineSources } from '@/lib/ext/background/analysis-settings';
import { readTopics } from '@/lib/schema/read-settings';
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

describe('broken stored settings never stop analysis', () => {
  const broken = [
    { id: 'empty-actor', label: 'Empty actor', terms: [], actors: [{}], requireAll: [], threshold: 0.5 },
    { id: 'number-term', label: 'Number term', terms: [1], actors: [], requireAll: [], threshold: 0.5 },
    { id: 'number-group', label: 'Number group', terms: [], actors: [], requireAll: [[1]], threshold: 0.5 },
    { id: 'no-lists', label: 'No lists', threshold: 0.5 },
  ];

  it('skips broken topics, keeps the rest and says which were skipped', async () => {
    db = new ParallaxDB(`settings-${Math.random()}`);
    const followed: TopicProfile = { ...SHIPPED_TOPICS[0], id: 'harbor-point', label: 'Harbor Point attack' };
    await db.topics.bulkPut([...(broken as unknown as TopicProfile[]), followed]);
    const s = await engineSources(db);
    expect(s.topics.map((t) => t.profile.id)).toEqual([...SHIPPED_TOPICS.map((t) => t.id), 'harbor-point']);
    const { broken: skipped } = readTopics(await db.topics.toArray());
    expect(skipped.map((b) => b.id).sort()).toEqual(broken.map((b) => b.id).sort());
    expect(skipped.find((b) => b.id === 'number-term')?.reason).toMatch(/terms\[0\]/);
  });

  it('keeps the highlight density the reader chose', async () => {
    db = new ParallaxDB(`settings-${Math.random()}`);
    const prefs = { enabled: true, categories: { place: false }, density: 'full' };
    await db.settings.put({ key: SETTING_KEYS.highlightPrefs, value: prefs });
    expect((await analysisSettings(db)).highlights).toEqual(prefs);
  });

  it('reads malformed lexicon additions and highlight defaults as none', async () => {
    db = new ParallaxDB(`settings-${Math.random()}`);
    await db.settings.bulkPut([
      { key: SETTING_KEYS.lexiconAdditions, value: 'not a list' },
      { key: SETTING_KEYS.highlightPrefs, value: { enabled: 'yes' } },
    ]);
    expect((await engineSources(db)).lexicon).toBe(SHIPPED_LEXICON_INDEX);
    expect((await analysisSettings(db)).highlights).toBeNull();
    await db.settings.put({
      key: SETTING_KEYS.lexiconAdditions,
      value: [{ id: 'x' }, { id: 'user:a', name: 'Avel Guard', type: 'armed_group', aliases: [] }],
    });
    expect((await engineSources(db)).lexicon.userIds).toEqual(['user:a']);
  });
});

describe('indexing topics', () => {
  it('skips a topic whose shapes would throw instead of failing them all', () => {
    const bad = {
      id: 'bad',
      label: 'Bad',
      terms: [{ term: 1, weight: 1 }],
      actors: [{}],
      requireAll: [[1]],
      threshold: 0.5,
    };
    const out = indexTopics([bad as unknown as TopicProfile, SHIPPED_TOPICS[0]]);
    expect(out.map((t) => t.profile.id)).toEqual([SHIPPED_TOPICS[0].id]);
  });
});
