/** What `npm run data` writes, computed from public/data; shared with the test that checks it is current. */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { buildLexiconIndex } from '../../lib/analyze/actors/lexicon-index';
import { indexTopics } from '../../lib/analyze/topic/compile-topic';
import type { LexiconEntry, TopicProfile } from '../../lib/types';

const root = resolve(import.meta.dirname, '../..');

/** Generated file path (from the project root) → its content. */
export function generatedData(): Record<string, string> {
  const lexicon = JSON.parse(readFileSync(join(root, 'public/data/lexicon.json'), 'utf8')) as LexiconEntry[];
  const topics = JSON.parse(readFileSync(join(root, 'public/data/topics.json'), 'utf8')) as TopicProfile[];
  return {
    'lib/generated/lexicon-index.json': `${JSON.stringify(buildLexiconIndex(lexicon))}\n`,
    'lib/generated/topics-index.json': `${JSON.stringify(indexTopics(topics))}\n`,
  };
}
