import { describe, expect, it } from 'vitest';
import {
  formatBytes,
  formatDate,
  formatFigure,
  formatSource,
  relatedReason,
  relativeTime,
  unitLabel,
} from '@/lib/panel/format';
import type { Figure } from '@/lib/types';

const fig = (f: Partial<Figure>): Figure => ({
  start: 0,
  end: 0,
  value: null,
  min: null,
  max: null,
  approx: false,
  unit: 'wounded',
  text: '',
  ...f,
});

describe('wording', () => {
  it('pluralises English nouns, not just by adding s', async () => {
    const { pluralOf } = await import('@/lib/panel/format');
    expect(['injury', 'claim', 'match', 'day', 'casualty'].map(pluralOf)).toEqual([
      'injuries',
      'claims',
      'matches',
      'days',
      'casualties',
    ]);
    expect(unitLabel('injury')).toBe('Injuries');
    expect(unitLabel('strike')).toBe('Strikes');
    expect(unitLabel('displaced')).toBe('Displaced');
  });

  it('writes a spelled-out lower bound as written, without repeating the unit', () => {
    expect(formatFigure(fig({ min: 24, text: 'dozens wounded' }))).toBe('dozens (24 or more)');
    expect(formatFigure(fig({ min: 24, unit: 'injury', text: 'dozens of injuries' }))).toBe(
      'dozens (24 or more)',
    );
    expect(formatFigure(fig({ min: 12, unit: '', text: 'a dozen' }))).toBe('a dozen (12 or more)');
  });

  it('does not repeat a source name in its cue', () => {
    expect(formatSource({ kind: 'named', name: 'Ada Morrow', cue: 'Mayor Ada Morrow said' })).toBe(
      'Ada Morrow',
    );
    expect(formatSource({ kind: 'unnamed', name: 'a port official', cue: 'told the Courier' })).toBe(
      'a port official (told the Courier)',
    );
  });

  it('builds meta lines without empty or repeated parts', async () => {
    const { metaLine, knownDate } = await import('@/lib/panel/format');
    expect(metaLine('No source given', 'no source given', '2 claims')).toBe('No source given · 2 claims');
    expect(metaLine('127.0.0.1', knownDate(null), null, '')).toBe('127.0.0.1');
  });
});

describe('formatFigure', () => {
  it('says what the figure claims, keeping spelled-out estimates', () => {
    expect(formatFigure(fig({ value: 20, min: 20, max: 20, text: '20' }))).toBe('20');
    expect(formatFigure(fig({ value: 24, approx: true, text: 'two dozen' }))).toBe('≈24 (two dozen)');
    expect(formatFigure(fig({ value: 34, min: 34, text: 'at least 34' }))).toBe('at least 34');
    expect(formatFigure(fig({ min: 41, text: 'more than 40' }))).toBe('more than 40');
    expect(formatFigure(fig({ min: 3, max: 5, text: 'three to five' }))).toBe('3–5');
    expect(formatFigure(fig({ text: 'dozens' }))).toBe('dozens');
    expect(formatFigure(fig({ value: 18_600_000, unit: 'GBP', text: '£18.6 million' }))).toBe('£18,600,000');
    expect(formatFigure(fig({ min: 3_000_001, unit: 'USD', text: 'more than $3 million' }))).toBe(
      'more than $3,000,000',
    );
  });
});

describe('dates and reasons', () => {
  it('formats dates in UTC and refuses bad input', () => {
    expect(formatDate('2024-01-28T23:30:00Z')).toBe('28 Jan 2024');
    expect(formatDate(null)).toBe('date unknown');
    expect(formatDate('not a date')).toBe('date unknown');
  });
  it('describes how far apart two reports are', () => {
    expect(relativeTime('2024-01-28T00:00:00Z', '2024-01-30T00:00:00Z')).toBe('2 days earlier');
    expect(relativeTime('2024-01-30T05:00:00Z', '2024-01-30T00:00:00Z')).toBe('5 hours later');
    expect(relativeTime(null, '2024-01-30T00:00:00Z')).toBeNull();
    expect(relatedReason(7, 1, '2024-01-28T00:00:00Z', '2024-01-30T00:00:00Z')).toBe(
      '7 shared claims, 1 shared actor, 2 days earlier',
    );
  });
  it('labels sources, units and sizes', () => {
    expect(formatSource({ kind: 'unnamed', name: 'a US official', cue: 'told CNN' })).toBe(
      'a US official (told CNN)',
    );
    expect(formatSource({ kind: 'none', name: null })).toBe('no source given');
    expect(unitLabel('attack')).toBe('Attacks');
    expect(unitLabel('wounded')).toBe('Wounded');
    expect(unitLabel('')).toBe('Figure');
    expect(unitLabel('USD')).toBe('US dollars');
    expect(unitLabel('GBP')).toBe('Pounds sterling');
    expect(formatBytes(2_500_000)).toBe('2.4 MB');
  });
});

describe('chart labels', () => {
  it('shortens figures for the timeline chart', async () => {
    const { shortFigure } = await import('@/lib/panel/story-view');
    expect(shortFigure(fig({ value: 34, min: 34, text: 'at least 34' }))).toBe('≥34');
    expect(shortFigure(fig({ min: 151, text: 'more than 150' }))).toBe('>150');
    expect(shortFigure(fig({ value: 24, approx: true, text: 'two dozen' }))).toBe('≈24');
    expect(shortFigure(fig({ value: 25, min: 25, max: 25, text: '25' }))).toBe('25');
  });
});
