/**
 * Runs the engine once on a short invented report, so the code a real article exercises (tokens, sentences,
 * the lexicon's trie, the phrase finder, attribution, figures, dates, topic scoring) is compiled before the
 * first real article arrives. The background does this while the page is still extracting its article.
 */
import type { Article } from '../types';
import type { AnalysisEngine } from './analyze-with';
import { analyzeWith } from './analyze-with';
import { checkTopics } from './topic/topic-gate';

// Invented: no real person, place or outlet. Written to touch quotes, attributions, figures and dates.
const PARAGRAPHS = [
  'Officials in the town of Varnholm said on Tuesday that at least 12 people were wounded and two dozen homes damaged in the storm.',
  '"We are doing everything we can," said Mara Quillon, a spokeswoman for the Varnholm Council, according to the Tessel Gazette.',
  'Council leader Tomas Edrik told reporters on March 4 that $3.5 million had been set aside, while a senior official, speaking on condition of anonymity, said more than 40 families had left.',
];

const text = PARAGRAPHS.join('\n\n');
let at = 0;
const SAMPLE: Article = {
  url: 'https://news.invalid/warm-up',
  canonicalUrl: '',
  title: 'Storm leaves dozens wounded in Varnholm',
  byline: null,
  siteName: '',
  publishedTime: null,
  lang: 'en',
  text,
  paragraphs: PARAGRAPHS.map((p) => {
    const span = { start: at, end: at + p.length };
    at += p.length + 2;
    return span;
  }),
};

/** Analyses the invented report with `engine` and throws the result away. */
export function warmUp(engine: AnalysisEngine): void {
  checkTopics(SAMPLE, engine.topics, engine.lexicon);
  analyzeWith(SAMPLE, engine);
}
