/** Whether a revisited text is a new version, and a word- and sentence-level summary of what changed. */
import { diffWords } from 'diff';
import { sentences as splitText } from '@/lib/text/sentences';
import { words } from '@/lib/text/terms';
import type { ChangeSummary } from './rows';

/** Sentences listed in a change summary, at most. */
export const MAX_LISTED_SENTENCES = 20;
const MAX_SENTENCE_CHARS = 300;

/** True when two texts differ in more than whitespace and punctuation. */
export function isNewVersion(before: string, after: string): boolean {
  const a = words(before);
  const b = words(after);
  if (a.length !== b.length) return true;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return true;
  return false;
}

function contentSentences(text: string): string[] {
  return splitText(text).filter((s) => words(s).length > 0);
}

function key(s: string): string {
  return words(s).join(' ');
}

function listed(list: string[]): string[] {
  return list
    .slice(0, MAX_LISTED_SENTENCES)
    .map((s) => (s.length > MAX_SENTENCE_CHARS ? `${s.slice(0, MAX_SENTENCE_CHARS)}…` : s));
}

/** What changed from `before` to `after`: words added and removed, sentences added and removed. */
export function summariseChange(before: string, after: string): ChangeSummary {
  let wordsAdded = 0;
  let wordsRemoved = 0;
  for (const part of diffWords(before, after)) {
    const n = words(part.value).length;
    if (part.added) wordsAdded += n;
    else if (part.removed) wordsRemoved += n;
  }
  const beforeKeys = new Set(contentSentences(before).map(key));
  const afterSentences = contentSentences(after);
  const afterKeys = new Set(afterSentences.map(key));
  return {
    wordsAdded,
    wordsRemoved,
    sentencesAdded: listed(afterSentences.filter((s) => !beforeKeys.has(key(s)))),
    sentencesRemoved: listed(contentSentences(before).filter((s) => !afterKeys.has(key(s)))),
  };
}
