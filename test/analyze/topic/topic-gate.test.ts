import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileLexiconFrom } from '../../../lib/analyze/actors/compiled-lexicon';
import { getDefaultLexicon, SHIPPED_LEXICON } from '../../../lib/analyze/actors/default-lexicon';
import { findActors } from '../../../lib/analyze/actors/find-actors';
import { compileTopics } from '../../../lib/analyze/topic/compile-topic';
import { getDefaultTopics } from '../../../lib/analyze/topic/default-topics';
import { scoreTopics } from '../../../lib/analyze/topic/score-topic';
import { checkTopics } from '../../../lib/analyze/topic/topic-gate';
import type { Article, TopicProfile } from '../../../lib/types';
import { articleFromText } from '../actors/article-from-text';

const fixtures = join(import.meta.dirname, '../../fixtures/analyze');
const texts = readdirSync(fixtures).map((f) => ({
  name: f,
  article: articleFromText(readFileSync(join(fixtures, f), 'utf8')),
}));

const text = (body: string, title = ''): Pick<Article, 'title' | 'text'> => ({ title, text: body });
const check = (body: string) => checkTopics(text(body), getDefaultTopics(), getDefaultLexicon())[0];

/** The scorer's missing groups for an article, by label. */
function scorerMissing(article: Article, topics = getDefaultTopics(), lexicon = getDefaultLexicon()) {
  return scoreTopics(article, findActors(article, lexicon), topics, lexicon).map(
    (s) => new Set(s.reasons.filter((r) => r.term.startsWith('missing: ')).map((r) => r.term.slice(9))),
  );
}

describe('topic pre-check', () => {
  it('never misses evidence the scorer finds: its missing groups are a subset of the scorer’s', () => {
    for (const { name, article } of texts) {
      const full = scorerMissing(article)[0];
      const gate = checkTopics(article, getDefaultTopics(), getDefaultLexicon())[0];
      for (const m of gate.missing) expect(full.has(m), `${name}: ${m}`).toBe(true);
    }
  });

  it('passes an article of the followed story and rules out articles on other subjects', () => {
    const on = check(
      'Kataib Hezbollah claimed a drone attack on US troops at Tower 22 in Jordan on Sunday, officials said.',
    );
    expect(on.possible).toBe(true);
    expect(on.missing).toEqual([]);
    for (const name of ['offtopic-football.txt', 'offtopic-recipe.txt', 'offtopic-velmar-election.txt']) {
      const article = texts.find((t) => t.name === name)?.article;
      if (!article) throw new Error(`fixture ${name} missing`);
      const gate = checkTopics(article, getDefaultTopics(), getDefaultLexicon())[0];
      expect(gate.possible, name).toBe(false);
      expect(gate.missing.length).toBeGreaterThan(0);
    }
  });

  it('reads names more leniently than the actor finder: case, apostrophes, plurals, possessives, compounds', () => {
    const rest = ' attacked a base housing US troops in Syria.';
    for (const lead of [
      'KATAIB HEZBOLLAH',
      'Kata’ib Hezbollah',
      "Hezbollah's commander",
      'Hezbollahs',
      'The Houthis',
      'Iran-backed fighters',
    ])
      expect(check(`${lead}${rest}`).possible, lead).toBe(true);
    // A name inside a longer word is not a mention.
    expect(check(`Hezbollahistan${rest}`).missing).toContain(getDefaultTopics()[0].groups[0].label);
  });

  it('reads the title as well as the text', () => {
    const topics = getDefaultTopics();
    const body = 'Officials said three soldiers were wounded at a base in Syria in a drone attack.';
    expect(checkTopics(text(body), topics, getDefaultLexicon())[0].possible).toBe(false);
    expect(
      checkTopics(text(body, 'Iran-backed militia strikes again'), topics, getDefaultLexicon())[0].possible,
    ).toBe(true);
  });

  it('uses the user’s lexicon and followed stories: invented names, and actor ids the lexicon lacks', () => {
    const story: TopicProfile = {
      id: 'orlen-dam',
      label: 'Orlen dam',
      description: '',
      terms: [{ term: 'spillway', weight: 2 }],
      actors: [{ term: 'actor:hana-quillfeather', weight: 3 }],
      requireAll: [
        ['actor:hana-quillfeather', 'actor:velmar-guard'],
        ['spillway', 'dam'],
      ],
      threshold: 0.5,
    };
    const lexicon = compileLexiconFrom(SHIPPED_LEXICON, [
      { id: 'velmar-guard', name: 'Velmar Coast Guard', type: 'organization', aliases: ['VCG'] },
    ]);
    const [topic] = compileTopics([story]);
    const gate = (body: string) => checkTopics(text(body), [topic], lexicon)[0].possible;
    expect(gate('Engineer Hana Quillfeather inspected the spillway.')).toBe(true);
    expect(gate('The VCG closed the dam road.')).toBe(true);
    expect(gate('The dam held; nobody was named.')).toBe(false);
  });

  it('has nothing to rule out without followed topics', () => {
    expect(checkTopics(text('anything'), [], getDefaultLexicon())).toEqual([]);
  });
});
