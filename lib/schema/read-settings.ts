/**
 * Reading settings and topics back from the store: each is checked against its schema, so a broken row
 * (written by an older version or imported before checks existed) is skipped and reported, never trusted.
 */
import type { HighlightToggles } from '@/lib/protocol';
import type { LexiconEntry, PendingSave, TopicProfile } from '@/lib/types';
import { check } from './issues';
import { highlightPrefsSchema, lexiconEntrySchema, pendingSaveSchema, topicSchema } from './settings';

/** A stored topic that cannot be used, and why. */
export interface BrokenTopic {
  id: string;
  label: string;
  reason: string;
}

const label = (row: unknown, key: 'id' | 'label'): string => {
  const value = (row as Record<string, unknown> | null)?.[key];
  return typeof value === 'string' ? value.slice(0, 120) : '';
};

/** The usable topics among stored rows, and the broken ones with the reason each is skipped. */
export function readTopics(rows: readonly unknown[]): { topics: TopicProfile[]; broken: BrokenTopic[] } {
  const topics: TopicProfile[] = [];
  const broken: BrokenTopic[] = [];
  for (const row of rows) {
    const r = check(topicSchema, row, 'topic');
    if (r.ok) topics.push(r.value);
    else
      broken.push({
        id: label(row, 'id'),
        label: label(row, 'label') || label(row, 'id') || 'untitled topic',
        reason: r.errors.join('; '),
      });
  }
  return { topics, broken };
}

/** Checks one topic (the options page writes only topics that pass). */
export function checkTopic(topic: unknown) {
  return check(topicSchema, topic, 'topic');
}

/** The valid lexicon additions in a stored value (anything not a list reads as none), and how many were skipped. */
export function readLexiconAdditions(value: unknown): { entries: LexiconEntry[]; skipped: number } {
  if (!Array.isArray(value)) return { entries: [], skipped: value === undefined || value === null ? 0 : 1 };
  const entries: LexiconEntry[] = [];
  for (const item of value) {
    const r = check(lexiconEntrySchema, item, 'entry');
    if (r.ok) entries.push(r.value);
  }
  return { entries, skipped: value.length - entries.length };
}

/** The stored highlight defaults, or null when there are none or they are malformed. */
export function readHighlightPrefs(value: unknown): HighlightToggles | null {
  const r = check(highlightPrefsSchema, value, 'highlightPrefs');
  return r.ok ? r.value : null;
}

/** The stored list of interrupted saves (malformed items are left out). */
export function readPendingSaves(value: unknown): PendingSave[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((p) => {
    const r = check(pendingSaveSchema, p, 'pendingSave');
    return r.ok ? [r.value] : [];
  });
}
