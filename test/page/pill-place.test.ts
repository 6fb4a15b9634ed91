import { describe, expect, it } from 'vitest';
import { pillBottom } from '@/lib/ext/page/pill-place';

describe('pill placement', () => {
  it('sits in the corner when no bar is in the way', () => {
    expect(pillBottom([], 900)).toBe(16);
  });

  it('rises above the tallest bottom bar under it', () => {
    expect(pillBottom([818], 900)).toBe(90);
    expect(pillBottom([850, 780], 900)).toBe(128);
  });

  it('never climbs past the middle of the window', () => {
    expect(pillBottom([300], 900)).toBe(450);
  });
});
