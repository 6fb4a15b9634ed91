/** Test helper: the BASIL figures that `npm run eval` prints and the corpus test guards. */
import { analyzeArticle } from '../../../lib/analyze';
import { getDefaultLexicon } from '../../../lib/analyze/actors/default-lexicon';
import { findActors } from '../../../lib/analyze/actors/find-actors';
import { loadBasil, loadBasilArticle } from './load-basil';
import { emptyMentionTally, loadMentionGold, mentionFigures, scoreMentions } from './mention-score';
import { scoreQuoteAttribution } from './quote-attribution';

/** Mention-level actor figures over the BASIL gold articles. */
export function basilActorFigures() {
  const lexicon = getDefaultLexicon();
  const tally = emptyMentionTally();
  const gold = loadMentionGold();
  for (const g of gold) {
    const [year, key] = g.article.split('/');
    const { article } = loadBasilArticle(year, key);
    scoreMentions(tally, key, findActors(article, lexicon), g.actors, lexicon);
  }
  return { articles: gold.length, tally, ...mentionFigures(tally) };
}

/** Quote attribution tallies over all 70 BASIL events. */
export function basilQuoteScore() {
  return scoreQuoteAttribution(loadBasil(), (a) => analyzeArticle(a.article).claims);
}
