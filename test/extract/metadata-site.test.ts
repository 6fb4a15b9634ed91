import { describe, expect, it } from 'vitest';
import { titleSuffixSite } from '@/lib/extract/metadata';

describe('outlet name from the page title', () => {
  it('reads a short trailing outlet name', () => {
    expect(titleSuffixSite('Drone strike wounds troops | Northgate News')).toBe('Northgate News');
    expect(titleSuffixSite('Drone strike wounds troops - The Harbor Wire')).toBe('The Harbor Wire');
    expect(titleSuffixSite('Drone strike wounds troops — BBC News')).toBe('BBC News');
  });

  it('ignores titles without one, or whose last part is a clause', () => {
    expect(titleSuffixSite('Drone strike wounds troops')).toBeNull();
    expect(titleSuffixSite('Strike on base - officials say more attacks are likely soon')).toBeNull();
    expect(titleSuffixSite(null)).toBeNull();
  });
});
