import { describe, expect, it } from 'vitest';
import { dropBoilerplate } from '@/lib/extract/boilerplate';

const body = [
  'Two drones struck a base in eastern Syria overnight, wounding four US service members, officials said.',
  'Image copyright Getty Images',
  'The Pentagon said the injuries were minor and the troops returned to duty.',
  'Read more: Militias step up attacks across the region',
  '"We will respond at a time of our choosing," a defense official said.',
  'Jane Doe | Getty Images',
  'No group claimed the attack, but an umbrella coalition of militias had threatened more strikes.',
];

describe('dropBoilerplate', () => {
  it('drops header lines, credits, promos and the related-stories tail, and keeps the prose', () => {
    const page = [
      'World',
      'By Mara Ellison',
      'Updated 5:04 PM EDT, Wed October 25, 2023',
      ...body,
      'Related stories',
      'Iraq asks coalition to set a timetable for withdrawal',
      'Oil rises on Middle East tension',
      'Sign up for our newsletter to get the day’s top stories.',
    ];
    expect(dropBoilerplate(page, 'https://x.example/a')).toEqual([body[0], body[2], body[4], body[6]]);
  });

  it('keeps tables rows, quotes and a short closing sentence that are part of the story', () => {
    const story = [
      'Officials gave the following counts of attacks by country since Oct. 17:',
      'Iraq 32 Syria 34 Jordan 1',
      '"We are not seeking a wider war," the spokesman said.',
      'He declined to say when a response would come.',
    ];
    expect(dropBoilerplate(story)).toEqual(story);
  });

  it('drops navigation runs and repeated captions but never empties a body', () => {
    const nav = ['Home', 'World', 'Politics', 'Business', 'Sport'];
    const para =
      'Rocket fire hit the base again on Tuesday, the third attack this week, a coalition spokesman said.';
    expect(dropBoilerplate([...nav, para, para])).toEqual([para]);
    expect(dropBoilerplate(['Advertisement'])).toEqual(['Advertisement']);
  });
});
