import { describe, expect, it } from 'vitest';
import { pageContextFor } from '@/lib/ext/background/page-context';
import { analyzeText } from '@/lib/pipeline';
import { saveReport } from '@/lib/store/save';
import type { PageState } from '@/lib/types';
import { freshDb } from '../store/helpers';

function stateOf(text: string, url: string): PageState {
  const r = analyzeText(text, url);
  return {
    url,
    detection: r.detection,
    article: r.article,
    analysis: r.analysis,
    orphans: [],
    analyzedAt: '',
  };
}

// Invented reports: the saved one and the page share one word ("ceasefire") and no actor.
const saved = (word: string) =>
  [
    `Quiet returns to the Harlow hills`,
    '',
    `The ${word} agreed last month between the Ossen Brigade and the Merrow Guard was holding on Sunday, Dalia Venn, a mediator, said.`,
    `Farmers returned to orchards above the river, and markets in Pell opened again, residents told the Lantern Courier.`,
  ].join('\n');

const page = [
  'Talks in Corvell stall',
  '',
  `"The ceasefire is finished," Tomas Ruhl, a spokesman for the Kestrel Alliance, told reporters in Corvell.`,
  'Negotiators from Brannoc walked out of the conference hall after two hours.',
].join('\n');

async function contextWith(word: string) {
  const db = freshDb();
  const there = analyzeText(saved(word), 'https://lantern.example/harlow');
  await saveReport(db, {
    article: there.article!,
    analysis: there.analysis!,
    savedAt: '2024-05-01T00:00:00Z',
  });
  const here = stateOf(page, 'https://courier.example/corvell');
  const ctx = await pageContextFor(db, here);
  db.close();
  return { ctx, here, there };
}

describe('saved-report context lookup', () => {
  it('finds a saved report through a shared claim term alone', async () => {
    const { ctx, here, there } = await contextWith('ceasefire');
    const actorsHere = new Set(here.analysis!.actors.map((a) => a.id));
    expect(there.analysis!.actors.some((a) => actorsHere.has(a.id))).toBe(false);
    expect(here.analysis!.claims.some((c) => c.fingerprint.includes('ceasefir'))).toBe(true);
    expect(ctx.reportCount).toBe(1);
  });

  it('finds nothing when that term is not shared', async () => {
    const { ctx } = await contextWith('truce');
    expect(ctx.reportCount).toBe(0);
  });
});
