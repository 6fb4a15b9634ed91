import { lexiconIndexWith } from '@/lib/analyze/actors/default-lexicon';
import { indexTopics } from '@/lib/analyze/topic/compile-topic';
import { SHIPPED_TOPIC_INDEX } from '@/lib/analyze/topic/default-topics';
import { wasAsked } from '@/lib/ext/background/tab-state';
import { type AnalysisSettings, onMessage } from '@/lib/ext/messages';
import { readHighlightPrefs, readLexiconAdditions, readTopics } from '@/lib/schema/read-settings';
import { getDb, type ParallaxDB } from '@/lib/store/db';
import { SETTING_KEYS } from '@/lib/store/setting-keys';

/**
 * What a page's analysis should use: the user's lexicon additions, the shipped topics with the user's own
 * (a followed story, or an edited copy of a shipped topic, which replaces it by id), and highlight defaults.
 */
export async function analysisSettings(db: ParallaxDB, asked = false): Promise<AnalysisSettings> {
  const [lexiconRow, highlightRow, userTopics] = await Promise.all([
    db.settings.get(SETTING_KEYS.lexiconAdditions),
    db.settings.get(SETTING_KEYS.highlightPrefs),
    db.topics.toArray(),
  ]);
  // Every row is checked against its schema: a broken one is skipped (the options page names it), never fatal.
  const { topics } = readTopics(userTopics);
  const own = new Set(topics.map((t) => t.id));
  return {
    lexicon: lexiconIndexWith(readLexiconAdditions(lexiconRow?.value).entries),
    topics: [...SHIPPED_TOPIC_INDEX.filter((t) => !own.has(t.profile.id)), ...indexTopics(topics)],
    highlights: readHighlightPrefs(highlightRow?.value),
    depth: asked ? 'full' : 'auto',
  };
}

/** Answers the content script's request for the user's analysis settings (it cannot open the database). */
export function setupAnalysisSettings(db: ParallaxDB = getDb()): void {
  onMessage('getAnalysisSettings', ({ sender }) =>
    analysisSettings(db, sender.tab?.id !== undefined && wasAsked(sender.tab.id)),
  );
}
