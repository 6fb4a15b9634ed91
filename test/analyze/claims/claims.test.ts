import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractClaims } from '@/lib/analyze/claims';
import { articleFromText } from '@/lib/extract/from-text';
import type { Actor, Claim } from '@/lib/types';

const raw = readFileSync(join(import.meta.dirname, '../../fixtures/claims/briefing.txt'), 'utf8');
const article = {
  ...articleFromText(raw, 'https://example.org/briefing'),
  publishedTime: '2023-10-26T10:00:00Z',
};

function actorFor(name: string, id: string, type: Actor['type']): Actor {
  const mentions = [];
  for (let at = article.text.indexOf(name); at >= 0; at = article.text.indexOf(name, at + 1)) {
    mentions.push({ start: at, end: at + name.length, text: name });
  }
  return { id, name, type, confidence: 1, origin: 'lexicon', mentions };
}

const actors = [
  actorFor('Tom Reyes', 'tom-reyes', 'person'),
  actorFor('Islamic Resistance in Iraq', 'islamic-resistance-in-iraq', 'armed_group'),
];
const claims = extractClaims(article, actors);

function claimWith(fragment: string): Claim {
  const c = claims.find((x) => x.text.includes(fragment));
  if (!c) throw new Error(`no claim contains "${fragment}"`);
  return c;
}

describe('extractClaims on a written briefing', () => {
  it('resolves a named speaker with a title, with figures and a resolved date', () => {
    const c = claimWith('three drones struck');
    expect(c.source).toMatchObject({ kind: 'named', name: 'Tom Reyes', actorId: 'tom-reyes' });
    expect(c.kinds).toEqual(expect.arrayContaining(['attributed', 'figure', 'date']));
    expect(c.figures.find((f) => f.unit === 'drone')?.value).toBe(3);
    expect(c.figures.find((f) => f.unit === 'wounded')).toMatchObject({ value: 34 - 22, min: 12, max: null });
    expect(c.figures.find((f) => f.unit === 'date')?.date).toBe('2023-10-24');
    expect(c.actorIds).toContain('tom-reyes');
  });

  it('keeps a multi-sentence quote with its speaker, and carries "he added" over', () => {
    const c = claimWith('hold those responsible');
    expect(c.source.kind).toBe('named');
    expect(c.source.name).toBe('Tom Reyes');
    expect(c.kinds).toContain('quote');
    expect(c.quotes).toHaveLength(1);
    const q = article.text.slice(c.quotes[0].start, c.quotes[0].end);
    expect(q.startsWith('We will hold')).toBe(true);
    expect(q.endsWith('defend themselves,')).toBe(true);
    const added = claimWith('he added');
    expect(added.source).toMatchObject({ kind: 'named', name: 'Tom Reyes', cue: 'he added' });
  });

  it('classifies unnamed sources and keeps the outlet in the cue', () => {
    expect(claimWith('launched from across').source).toMatchObject({
      kind: 'unnamed',
      name: 'Two defense officials',
      cue: 'Two defense officials told CNN',
    });
    expect(claimWith('preparing new options').source).toMatchObject({
      kind: 'unnamed',
      name: 'A senior administration official',
    });
    expect(claimWith('preparing new options').kinds).toContain('intent');
    expect(claimWith('plans more attacks').source.kind).toBe('unnamed');
  });

  it('classifies outlets as sources when they are the speaker', () => {
    const nbc = claimWith('NBC News reported');
    expect(nbc.source).toMatchObject({ kind: 'outlet', name: 'NBC News' });
    expect(nbc.figures[0]).toMatchObject({ value: null, max: 49, approx: true });
    expect(claimWith('According to The New York Times').source).toMatchObject({
      kind: 'outlet',
      name: 'The New York Times',
    });
  });

  it('finds denials and warnings, and skips scare quotes and plain description', () => {
    const denial = claimWith('denied any role');
    expect(denial.kinds).toContain('denial');
    expect(denial.source).toMatchObject({ kind: 'named', actorId: 'islamic-resistance-in-iraq' });
    const warning = claimWith('severe consequences');
    expect(warning.kinds).toContain('warning');
    expect(warning.quotes).toEqual([]);
    expect(claims.some((c) => c.text.includes('sits on a hill'))).toBe(false);
    expect(claims.some((c) => c.text.includes('Militia drones strike'))).toBe(false);
  });

  it('gives deterministic ids and sorted fingerprints with normalised numbers', () => {
    const again = extractClaims(article, actors);
    expect(again.map((c) => c.id)).toEqual(claims.map((c) => c.id));
    const fp = claimWith('three drones struck').fingerprint;
    expect(fp).toEqual([...fp].sort());
    expect(fp).toEqual(expect.arrayContaining(['#3', '#12', 'dron', 'outpost']));
    expect(fp).not.toContain('the');
  });

  it('aligns a rewrite through the fingerprint', () => {
    const rewrite = articleFromText(
      'T\n\nAccording to Maj. Gen. Tom Reyes, 3 drones hit the outpost close to Erbil on Tuesday, wounding at least 12 American service members.',
      'https://example.org/r',
    );
    const [c] = extractClaims(rewrite, []);
    const a = new Set(claimWith('three drones struck').fingerprint);
    const shared = c.fingerprint.filter((t) => a.has(t));
    expect(shared).toEqual(expect.arrayContaining(['#3', '#12', 'dron', 'outpost', 'erbil']));
  });
});
