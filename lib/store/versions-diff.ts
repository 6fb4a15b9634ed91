/** Whether a revisited text is a new version, and a word- and sentence-level summary of what changed. */
import { diffWords } from 'diff';
import { contentWords } from './fingerprint';
import type { ChangeSummary } from './rows';

/** Sentences listed in a change summary, at most. */
export const MAX_LISTED_SENTENCES = 20;
const MAX_SENTENCE_CHARS = 300;

/** True when two texts differ in more than whitespace and punctuation. */
export function isNewVersion(before: string, after: string): boolean {
  const a = contentWords(before);
  const b = contentWords(after);
  if (a.length !== b.length) return true;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return true;
  return false;
}

function sentences(text: string): string[] {
  // A light splitter is enough here: the summary lists changed sentences, it does not align claims.
  return text
    .split(/(?<=[.!?]["”’)]?)\s+(?=["“‘(]?[\p{Lu}\d])|\n+/u)
    .map((s) => s.trim())
    .filter((s) => contentWords(s).length > 0);
}

function key(s: string): string {
  return contentWords(s).join(' ');
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
    const n = contentWords(part.value).length;
    if (part.added) wordsAdded += n;
    else if (part.removed) wordsRemoved += n;
  }
  const beforeKeys = new Set(sentences(before).map(key));
  const afterSentences = sentences(after);
  const afterKeys = new Set(afterSentences.map(key));
  return {
    wordsAdded,
    wordsRemoved,
    sentencesAdded: listed(afterSentences.filter((s) => !beforeKeys.has(key(s)))),
    sentencesRemoved: listed(sentences(before).filter((s) => !afterKeys.has(key(s)))),
  };
}
