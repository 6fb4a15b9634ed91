/** The schema of topics and settings (lexicon additions, highlight defaults, interrupted saves). */
import * as v from 'valibot';
import type { HighlightToggles } from '@/lib/protocol';
import type { LexiconEntry, PendingSave, ReportNotes, TopicProfile } from '@/lib/types';
import { count, finite, id, isoDate, list, reportUrl, shown, text, unit } from './primitives';
import { ACTOR_TYPE } from './report';

const weighted = v.object({ term: v.pipe(text(300), v.minLength(1)), weight: finite });

/** A topic profile: every list holds the shapes the scorer indexes, or the topic is refused. */
export const topicSchema: v.GenericSchema<unknown, TopicProfile> = v.object({
  id,
  label: shown(300),
  description: v.optional(shown(5_000)),
  terms: list(weighted, 5_000),
  actors: list(weighted, 5_000),
  requireAll: list(list(v.pipe(text(300), v.minLength(1)), 1_000), 100),
  threshold: unit,
  autoSave: v.optional(v.boolean()),
});

/** One of the reader's lexicon additions. */
export const lexiconEntrySchema: v.GenericSchema<unknown, LexiconEntry> = v.object({
  id,
  name: v.pipe(shown(300), v.minLength(1)),
  type: ACTOR_TYPE,
  aliases: list(v.pipe(shown(300), v.minLength(1)), 500),
  related: v.optional(list(id, 500)),
  tags: v.optional(list(text(300), 100)),
  demonyms: v.optional(list(v.pipe(shown(300), v.minLength(1)), 100)),
});

const CATEGORY_KEYS = ['person', 'organization', 'state', 'armed_group', 'place', 'media', 'claim'] as const;

/** Which highlight categories pages show. */
export const highlightPrefsSchema: v.GenericSchema<unknown, HighlightToggles> = v.object({
  enabled: v.boolean(),
  categories: v.object(Object.fromEntries(CATEGORY_KEYS.map((k) => [k, v.optional(v.boolean())]))),
  density: v.optional(v.picklist(['calm', 'full'])),
});

/** A save a worker restart interrupted. */
export const pendingSaveSchema: v.GenericSchema<unknown, PendingSave> = v.object({
  tabId: count,
  url: reportUrl,
  title: shown(),
  startedAt: isoDate,
});

/** The settings key prefix of a report's notes rows (`notes:<reportId>`). */
export const NOTES_PREFIX = 'notes:';

const MAX_NOTE = 20_000;

/** The reader's notes on one report and its claims. */
export const reportNotesSchema: v.GenericSchema<unknown, ReportNotes> = v.object({
  reportId: id,
  report: shown(MAX_NOTE),
  claims: v.pipe(
    v.record(id, v.object({ text: text(MAX_NOTE), note: shown(MAX_NOTE) })),
    v.check((c) => Object.keys(c).length <= 5_000, 'has too many claim notes'),
  ),
  updatedAt: isoDate,
});

/** The value schema of every setting Parallax keeps, by key; any other key is dropped on import. */
export const SETTING_SCHEMAS = {
  lexiconAdditions: list(lexiconEntrySchema, 10_000),
  highlightPrefs: highlightPrefsSchema,
  pendingSaves: list(pendingSaveSchema, 1_000),
} as const;

/** A key Parallax keeps a setting under. */
export type SettingKey = keyof typeof SETTING_SCHEMAS;

/**
 * The schema of the setting kept under `key`: a fixed key, or a report's notes row; null for any other key
 * (`__proto__` and `toString` included), which import drops.
 */
export function settingSchemaFor(key: unknown): v.GenericSchema<unknown, unknown> | null {
  if (isSettingKey(key)) return SETTING_SCHEMAS[key] as v.GenericSchema<unknown, unknown>;
  if (typeof key === 'string' && key.startsWith(NOTES_PREFIX) && key.length > NOTES_PREFIX.length)
    return v.pipe(
      reportNotesSchema,
      v.check((n) => `${NOTES_PREFIX}${n.reportId}` === key, "is not stored under its report's key"),
    ) as v.GenericSchema<unknown, unknown>;
  return null;
}

/** True when `key` names a setting Parallax keeps (an own key: `__proto__` and `toString` are not). */
export function isSettingKey(key: unknown): key is SettingKey {
  return typeof key === 'string' && Object.hasOwn(SETTING_SCHEMAS, key);
}
