import { describe, expect, it } from 'vitest';
import { articleFromText } from '@/lib/extract';

describe('articleFromText', () => {
  it('takes the title from the first line and splits paragraphs on blank lines', () => {
    const text =
      '\ufeffMilitias step up attacks on US bases\r\n\r\nOfficials said the groups launched drones at two bases.\r\nThey did not name the groups.\r\n\r\n\r\nA spokesman declined to comment.\r\n';
    const a = articleFromText(text, 'file:///tmp/story.txt');
    expect(a.title).toBe('Militias step up attacks on US bases');
    expect(a.text).toBe(
      'Officials said the groups launched drones at two bases. They did not name the groups.\n\nA spokesman declined to comment.',
    );
    expect(a.paragraphs).toEqual([
      { start: 0, end: 85 },
      { start: 87, end: 119 },
    ]);
    expect(a.canonicalUrl).toBe('file:///tmp/story.txt');
  });

  it('splits on single newlines when there are no blank lines, and drops a repeated title', () => {
    const a = articleFromText(
      'Strike on Jordan outpost\nStrike on Jordan Outpost.\nThree soldiers were killed.\nDozens were hurt.',
      'https://wire.example/a',
    );
    expect(a.text.split('\n\n')).toEqual(['Three soldiers were killed.', 'Dozens were hurt.']);
    expect(a.siteName).toBe('wire.example');
  });

  it('reads a date line near the top, and copes with empty input', () => {
    const a = articleFromText('Title\n\nJan. 28, 2024\n\nBody text here.', 'file:///x.txt');
    expect(a.publishedTime).toBe('2024-01-28');
    const empty = articleFromText('', 'file:///empty.txt');
    expect(empty.title).toBe('');
    expect(empty.text).toBe('');
    expect(empty.paragraphs).toEqual([]);
  });
});
