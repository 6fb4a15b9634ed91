import { describe, expect, it } from 'vitest';
import { claimCitation } from '@/lib/panel/citation';
import type { Claim } from '@/lib/types';

const text = 'Mayor Ines Varga said the bridge "will reopen by spring" after repairs.';
const claim = (over: Partial<Claim>): Claim =>
  ({
    id: 'c1',
    start: 100,
    end: 100 + text.length,
    text,
    kinds: ['quote'],
    source: { kind: 'named', name: 'Ines Varga' },
    quotes: [{ start: 100 + text.indexOf('"') + 1, end: 100 + text.lastIndexOf('"') }],
    figures: [],
    actorIds: [],
    fingerprint: [],
    ...over,
  }) as Claim;
const report = {
  outlet: 'Tessaly Courier',
  title: 'Bridge to reopen',
  publishedTime: '2024-03-05T08:00:00Z',
  url: 'https://courier.example/bridge',
};

describe('claimCitation', () => {
  it('cites a quote by its quoted words, with speaker, outlet, title, date and URL', () => {
    expect(claimCitation(claim({}), report)).toBe(
      '“will reopen by spring”, Ines Varga, as reported by Tessaly Courier, “Bridge to reopen”, 5 Mar 2024, https://courier.example/bridge.',
    );
  });

  it('cites another claim by its sentence and says when no source is given', () => {
    const c = claim({ quotes: [], kinds: [], source: { kind: 'none', name: null } });
    const cite = claimCitation(c, { ...report, publishedTime: null });
    expect(cite.startsWith(`“${text}”, no source given, as reported by Tessaly Courier`)).toBe(true);
    expect(cite).not.toMatch(/date unknown/);
  });
});
