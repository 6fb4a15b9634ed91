import { describe, expect, it } from 'vitest';
import { lexiconEntryFrom, lexiconId, patternLabel, siteOrigins } from '@/lib/panel/options-model';

describe('lexicon additions', () => {
  it('builds an entry with a slug id and clean, de-duplicated aliases', () => {
    const e = lexiconEntryFrom(
      '  Saraya  Awliya al-Dam ',
      'armed_group',
      'Awliya al-Dam, awliya al-dam; Saraya Awliya al-Dam',
      [],
    );
    expect(e).toEqual({
      id: 'user:saraya-awliya-al-dam',
      name: 'Saraya Awliya al-Dam',
      type: 'armed_group',
      aliases: ['Awliya al-Dam', 'awliya al-dam'],
      tags: ['user'],
    });
  });
  it('says what to fix instead of saving bad input', () => {
    expect(lexiconEntryFrom('x', 'person', '', [])).toMatch(/at least 2/);
    expect(lexiconEntryFrom('Someone', 'wizard', '', [])).toMatch(/kind of actor/);
    expect(lexiconEntryFrom('!!!', 'person', '', [])).toMatch(/letter or digit/);
    const first = lexiconEntryFrom('Harakat al-Nujaba', 'armed_group', '', []);
    if (typeof first === 'string') throw new Error(first);
    expect(lexiconEntryFrom('harakat al nujaba', 'armed_group', '', [first])).toMatch(/already/);
    expect(lexiconId('Café Noir')).toBe('user:cafe-noir');
  });
});

describe('site input', () => {
  it('turns what a user types into http and https patterns', () => {
    expect(siteOrigins('www.example.com')).toEqual(['https://www.example.com/*', 'http://www.example.com/*']);
    expect(siteOrigins('https://news.example.org/world/x?y=1')).toEqual([
      'https://news.example.org/*',
      'http://news.example.org/*',
    ]);
    expect(siteOrigins('')).toMatch(/Enter a site/);
    expect(siteOrigins('not a site')).toMatch(/not a site address/);
  });
  it('labels patterns for display', () => {
    expect(patternLabel('https://*/*')).toBe('All sites');
    expect(patternLabel('https://www.example.com/*')).toBe('www.example.com');
  });
});
