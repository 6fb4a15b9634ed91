import { describe, expect, it } from 'vitest';
import { normaliseDate, parseDateLine } from '@/lib/extract';

describe('written dates', () => {
  it.each([
    ['Oct. 18, 2023', '2023-10-18'],
    ['Published October 18, 2023', '2023-10-18'],
    ['18 October 2023', '2023-10-18'],
    ['Wednesday 1st of November, 2023', '2023-11-01'],
    ['Sept. 3, 2024 · 4 min read', '2024-09-03'],
    ['Updated 5:04 PM EDT, Wed October 25, 2023', '2023-10-25T21:04:00.000Z'],
    ['Jan 28, 2024, 9:15 a.m. ET', '2024-01-28T14:15:00.000Z'],
  ])('%s → %s', (line, iso) => {
    expect(parseDateLine(line)).toBe(iso);
  });

  it('rejects impossible or absent dates', () => {
    expect(parseDateLine('February 30, 2023')).toBeNull();
    expect(parseDateLine('In May the talks stalled')).toBeNull();
    expect(parseDateLine('34 wounded in 2023')).toBeNull();
  });

  it('normalises machine dates to ISO and leaves junk out', () => {
    expect(normaliseDate('2023-10-20T14:30:00-04:00')).toBe('2023-10-20T18:30:00.000Z');
    expect(normaliseDate('2023-10-20 14:30:00+0000')).toBe('2023-10-20T14:30:00.000Z');
    expect(normaliseDate('2023-10-20')).toBe('2023-10-20');
    expect(normaliseDate('Fri, 20 Oct 2023 14:30:00 GMT')).toBe('2023-10-20T14:30:00.000Z');
    expect(normaliseDate('not a date')).toBeNull();
    expect(normaliseDate('')).toBeNull();
    expect(normaliseDate(null)).toBeNull();
  });
});
