import { describe, expect, it } from 'vitest';
import { splitSentences } from '@/lib/text/sentences';

function units(text: string): string[] {
  return splitSentences(text).map((s) => text.slice(s.start, s.end));
}

describe('splitSentences', () => {
  it('keeps abbreviations, ranks and initials inside sentences', () => {
    const text =
      'Lt. Col. Dana R. Whitfield of U.S. Central Command spoke at 9 a.m. on Oct. 21. Sen. Ortiz and Mr. Baker met Gen. Haley at St. Paul. The U.N. envoy left.';
    expect(units(text)).toEqual([
      'Lt. Col. Dana R. Whitfield of U.S. Central Command spoke at 9 a.m. on Oct. 21.',
      'Sen. Ortiz and Mr. Baker met Gen. Haley at St. Paul.',
      'The U.N. envoy left.',
    ]);
  });

  it('ends a sentence after "U.S." when a new sentence clearly starts', () => {
    expect(units('Drones struck a base used by the U.S. The militia claimed it.')).toEqual([
      'Drones struck a base used by the U.S.',
      'The militia claimed it.',
    ]);
  });

  it('ends sentences after closing quotes, straight and curly', () => {
    expect(
      units('He called it “a dangerous escalation.” Officials agreed. She said "enough." Then left.'),
    ).toEqual([
      'He called it “a dangerous escalation.”',
      'Officials agreed.',
      'She said "enough."',
      'Then left.',
    ]);
  });

  it('keeps a multi-sentence quotation with its attribution', () => {
    const a = '"We will respond. The timing is ours," the spokesman told reporters. Nothing else was said.';
    expect(units(a)).toEqual([
      '"We will respond. The timing is ours," the spokesman told reporters.',
      'Nothing else was said.',
    ]);
    const b = 'The general said: “Our bases are ready. Our crews are ready.” The briefing ended.';
    expect(units(b)).toEqual([
      'The general said: “Our bases are ready. Our crews are ready.”',
      'The briefing ended.',
    ]);
  });

  it('does not let an unclosed quotation swallow the paragraph', () => {
    expect(units('“The threat is real. We watch it daily. Every hour.')).toHaveLength(3);
  });

  it('never crosses paragraph boundaries', () => {
    const text = 'First paragraph ends with Gen.\n\nSecond paragraph "opens a quote.\n\nThird one."';
    const spans = splitSentences(text, [
      { start: 0, end: 30 },
      { start: 32, end: 64 },
      { start: 66, end: text.length },
    ]);
    expect(spans.map((s) => text.slice(s.start, s.end))).toEqual([
      'First paragraph ends with Gen.',
      'Second paragraph "opens a quote.',
      'Third one."',
    ]);
  });
});
