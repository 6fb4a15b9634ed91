import { describe, expect, it } from 'vitest';
import { ALIGN_THRESHOLD, alignClaims, claimDocFreq, claimSimilarity } from '@/lib/compare/align';
import { reportFeatures } from '@/lib/compare/features';
import { buildReport } from '@/test/fixtures/compare/build-report';
import { brief, ledger, pause, redSea, wire } from '@/test/fixtures/compare/tower-22';

function texts(claims: { text: string }[]): string[] {
  return claims.map((c) => c.text);
}

describe('alignClaims', () => {
  it('pairs a claim rewritten with synonyms and reordered', () => {
    const { pairs } = alignClaims(ledger, wire);
    const toll = pairs.find((p) => p.here.text.startsWith('Three American troops died'));
    expect(toll?.there.text).toMatch(/^Three US service members were killed/);
    const hallmarks = pairs.find((p) => p.here.text.startsWith('Defense officials'));
    expect(hallmarks?.there.text).toMatch(/^Pentagon spokeswoman/);
    const denial = pairs.find((p) => p.here.text.startsWith('Iran rejected'));
    expect(denial?.there.text).toMatch(/^Iran denied/);
  });

  it('leaves claims without a counterpart unpaired on the right side', () => {
    const a = alignClaims(ledger, wire);
    expect(texts(a.onlyHere)).toEqual([expect.stringMatching(/^Several senators/)]);
    expect(texts(a.onlyThere)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^A US official told/),
        expect.stringMatching(/^About 3,000/),
      ]),
    );
    expect(a.pairs.length + a.onlyHere.length).toBe(ledger.claims.length);
    expect(a.pairs.length + a.onlyThere.length).toBe(wire.claims.length);
  });

  it('does not pair two different claims that share an actor', () => {
    const a = alignClaims(pause, wire);
    expect(a.pairs).toEqual([]);
    const kh = reportFeatures(pause).claims[0];
    const singh = reportFeatures(wire).claims.find((c) => c.claim.text.includes('hallmarks'));
    expect(kh.actors.has('kataib-hezbollah') && singh?.actors.has('kataib-hezbollah')).toBe(true);
    expect(claimSimilarity(kh, singh!, claimDocFreq([pause, wire]))).toBeLessThan(ALIGN_THRESHOLD);
  });

  it('finds nothing shared with an unrelated report', () => {
    expect(alignClaims(redSea, wire).pairs).toEqual([]);
  });

  it('is one-to-one even when one side repeats a claim', () => {
    const twice = buildReport({
      id: 'twice',
      outlet: 'Echo',
      title: 'Echo',
      publishedTime: null,
      paragraphs: [
        [
          { text: 'Iran denied any role in the attack on the base in Jordan.', kinds: ['denial'] },
          { text: 'Iran again denied any role in the attack, officials in Tehran said.', kinds: ['denial'] },
        ],
      ],
    });
    const a = alignClaims(twice, brief);
    const thereIds = a.pairs.map((p) => p.there.id);
    expect(new Set(thereIds).size).toBe(thereIds.length);
    expect(a.pairs.length).toBe(1);
    expect(a.onlyHere.length).toBe(1);
  });

  it('is symmetric in which claims it pairs', () => {
    const ab = alignClaims(ledger, wire).pairs.map((p) => `${p.here.id}|${p.there.id}`);
    const ba = alignClaims(wire, ledger).pairs.map((p) => `${p.there.id}|${p.here.id}`);
    expect(ba.sort()).toEqual(ab.sort());
  });
});
