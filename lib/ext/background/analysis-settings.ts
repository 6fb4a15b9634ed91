import { lexiconIndexWith } from '@/lib/analyze/actors/default-lexicon';
import type { LexiconIndex } from '@/lib/analyze/actors/lexicon-index';
import { indexTopics, type TopicIndex } from '@/lib/analyze/topic/compile-topic';
import { SHIPPED_TOPIC_INDEX } from '@/lib/analyze/topic/default-topics';
import { wasAsked } from '@/lib/ext/background/tab-state';
import { type AnalysisSettings, onMessage } from '@/lib/ext/messages';
import { readHighlightPrefs, readLexiconAdditions, readTopics } from '@/lib/schema/read-settings';
import { getDb, type ParallaxDB } from '@/lib/store/db';
import { SETTING_KEYS } from '@/lib/store/setting-keys';

/** What the background's engine is built from, and a key that changes whenever any of it does. */
export interface EngineSources {
  lexicon: LexiconIndex;
  topics: TopicIndex[];
  key: string;
}

/**
 * The user's lexicon additions merged over the shipped lexicon, and the shipped topics with the user's own
 * (a followed story, or an edited copy of a shipped topic, which replaces it by id), read afresh each time.
 */
export async function engineSources(db: ParallaxDB): Promise<EngineSources> {
  const [lexiconRow, userTopics] = await Promise.all([
    db.settings.get(SETTING_KEYS.lexiconAdditions),
    db.topics.toArray(),
  ]);
  // Every row is checked against its schema: a broken one is skipped (the options page names it), never fatal.
  const { topics } = readTopics(userTopics);
  const additions = readLexiconAdditions(lexiconRow?.value).entries;
  const own = new Set(topics.map((t) => t.id));
  return {
    lexicon: lexiconIndexWith(additions),
    topics: [...SHIPPED_TOPIC_INDEX.filter((t) => !own.has(t.profile.id)), ...indexTopics(topics)],
    key: additions.length || topics.length ? JSON.stringify([additions, topics]) : '',
  };
}

/** What a page's run should use: the highlight defaults, and how far it goes (the reader asked, or not). */
export async function analysisSettings(db: ParallaxDB, asked = false): Promise<AnalysisSettings> {
  const highlightRow = await db.settings.get(SETTING_KEYS.highlightPrefs);
  return {
    highlights: readHighlightPrefs(highlightRow?.value),
    depth: asked ? 'full' : 'auto',
  };
}

/**
 * Answers the content script's request for its settings (it cannot open the database). A page asks as it
 * starts, so `onPageStart` warms the engine meanwhile, while the page extracts its article.
 */
export function setupAnalysisSettings(
  db: ParallaxDB = getDb(),
  onPageStart: () => void = () => undefined,
): void {
  onMessage('getAnalysisSettings', ({ sender }) => {
    onPageStart();
    return analysisSettings(db, sender.tab?.id !== undefined && wasAsked(sender.tab.id));
  });
}
