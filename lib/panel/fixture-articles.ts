/**
 * Invented reports of one invented-wording event (a drone strike on a US outpost in Jordan), written for the
 * panel's fixture mode and its tests. Four outlets tell it with deliberately different figures, quote
 * wording and attributions, so every panel view has something real to show.
 */
import type { Actor, Article, Claim, Report, StoredClaim, TopicScore } from '@/lib/types';
import { fixtureActor, fixtureClaim, joinParagraphs } from './fixture-builder';

const OFFICIAL = { kind: 'unnamed', name: 'a US official' } as const;
const PENTAGON = { kind: 'named', name: 'the Pentagon', actorId: 'us-dod' } as const;
const AUSTIN = { kind: 'named', name: 'Lloyd Austin', actorId: 'lloyd-austin' } as const;

/** A fixture article with its analysis. */
export interface FixtureArticle {
  article: Article;
  actors: Actor[];
  claims: Claim[];
}

function actorsOf(text: string): Actor[] {
  const all = [
    fixtureActor(text, 'kataib-hezbollah', 'armed_group', ['Kataib Hezbollah']),
    fixtureActor(text, 'islamic-resistance-iraq', 'armed_group', ['Islamic Resistance in Iraq']),
    fixtureActor(text, 'lloyd-austin', 'person', ['Lloyd Austin', 'Austin']),
    fixtureActor(text, 'joe-biden', 'person', ['Joe Biden']),
    fixtureActor(text, 'iran', 'state', ['Iran']),
    fixtureActor(text, 'us', 'state', ['United States', 'Washington']),
    fixtureActor(text, 'us-dod', 'organization', ['Pentagon']),
    fixtureActor(text, 'white-house', 'organization', ['White House']),
    fixtureActor(text, 'jordan', 'place', ['Jordan']),
    fixtureActor(text, 'syria', 'place', ['Syria', 'Syrian']),
    fixtureActor(text, 'iraq', 'place', ['Iraq']),
    fixtureActor(text, 'ain-al-asad', 'place', ['Ain al-Asad']),
  ];
  return all.filter((a) => a.mentions.length > 0);
}

function article(url: string, title: string, siteName: string, date: string, paras: string[]): Article {
  const { text, paragraphs } = joinParagraphs(paras);
  return {
    url,
    canonicalUrl: url,
    title,
    byline: null,
    siteName,
    publishedTime: date,
    lang: 'en',
    text,
    paragraphs,
  };
}

const hereText = [
  'Three American service members were killed and at least 34 were wounded when a one-way attack drone struck a small US outpost in northeastern Jordan early Sunday, the Pentagon said.',
  'Defense Secretary Lloyd Austin said in a statement that the United States "will respond at a time and place of our choosing."',
  'A US official said the drone was launched by Kataib Hezbollah, an Iran-backed militia based in Iraq.',
  'The Islamic Resistance in Iraq, an umbrella group of Iran-aligned militias, claimed several attacks on Sunday but did not name the outpost.',
  "Iran's foreign ministry denied any role, calling the accusations baseless.",
  'US forces in Iraq and Syria have been attacked more than 160 times since mid-October, according to Pentagon figures.',
];

/** The article open in the fixture tab (Capital Desk). */
export function hereArticle(): FixtureArticle {
  const a = article(
    'https://capital-desk.example/world/drone-strike-jordan-outpost',
    'Drone strike on US outpost in Jordan kills three American troops',
    'Capital Desk',
    '2024-01-30T09:00:00Z',
    hereText,
  );
  const t = a.text;
  const claims = [
    fixtureClaim(t, 'c-killed', hereText[0], {
      kinds: ['attributed', 'figure'],
      source: PENTAGON,
      figures: [
        { text: 'Three', value: 3, min: 3, max: 3, approx: false, unit: 'killed' },
        { text: 'at least 34', value: 34, min: 34, max: null, approx: false, unit: 'wounded' },
      ],
      actorIds: ['us-dod', 'jordan'],
    }),
    fixtureClaim(t, 'c-respond', hereText[1], {
      kinds: ['quote', 'warning'],
      source: AUSTIN,
      quotes: ['will respond at a time and place of our choosing.'],
      actorIds: ['lloyd-austin', 'us'],
    }),
    fixtureClaim(t, 'c-launched', hereText[2], {
      kinds: ['attributed'],
      source: OFFICIAL,
      actorIds: ['kataib-hezbollah', 'iran', 'iraq'],
    }),
    fixtureClaim(t, 'c-umbrella', hereText[3], {
      kinds: ['attributed'],
      source: { kind: 'named', name: 'Islamic Resistance in Iraq', actorId: 'islamic-resistance-iraq' },
      actorIds: ['islamic-resistance-iraq'],
    }),
    fixtureClaim(t, 'c-denial', hereText[4], {
      kinds: ['denial'],
      source: { kind: 'named', name: "Iran's foreign ministry", actorId: 'iran' },
      actorIds: ['iran'],
    }),
    fixtureClaim(t, 'c-tally', hereText[5], {
      kinds: ['figure', 'attributed'],
      source: PENTAGON,
      figures: [{ text: 'more than 160', value: null, min: 161, max: null, approx: false, unit: 'attack' }],
      actorIds: ['iraq', 'syria', 'us-dod'],
    }),
  ];
  return { article: a, actors: actorsOf(t), claims };
}

const harborText = [
  'Three US service members were killed and about two dozen were wounded when a drone struck a US outpost in Jordan near the Syrian border on Sunday, officials said.',
  'Defense Secretary Lloyd Austin vowed that the United States "will respond at the time and place we choose."',
  'An official told Harbor Wire the drone was launched by Kataib Hezbollah.',
  'US forces in Iraq and Syria have been attacked more than 150 times since October, officials said.',
  'The White House said President Joe Biden was briefed on the strike.',
];

/** The first related report (Harbor Wire). */
export function harborArticle(): FixtureArticle {
  const a = article(
    'https://harbor-wire.example/2024/01/28/jordan-base-drone',
    'US troops killed in drone attack on Jordan base',
    'Harbor Wire',
    '2024-01-28T18:00:00Z',
    harborText,
  );
  const t = a.text;
  const claims = [
    fixtureClaim(t, 'h-killed', harborText[0], {
      kinds: ['attributed', 'figure'],
      source: { kind: 'unnamed', name: 'officials' },
      figures: [
        { text: 'Three', value: 3, min: 3, max: 3, approx: false, unit: 'killed' },
        { text: 'about two dozen', value: 24, min: null, max: null, approx: true, unit: 'wounded' },
      ],
    }),
    fixtureClaim(t, 'h-respond', harborText[1], {
      kinds: ['quote', 'warning'],
      source: AUSTIN,
      quotes: ['will respond at the time and place we choose.'],
      actorIds: ['lloyd-austin'],
    }),
    fixtureClaim(t, 'h-launched', harborText[2], {
      kinds: ['attributed'],
      source: { kind: 'unnamed', name: 'an official', cue: 'told Harbor Wire' },
      actorIds: ['kataib-hezbollah'],
    }),
    fixtureClaim(t, 'h-tally', harborText[3], {
      kinds: ['figure', 'attributed'],
      source: { kind: 'unnamed', name: 'officials' },
      figures: [{ text: 'more than 150', value: null, min: 151, max: null, approx: false, unit: 'attack' }],
    }),
    fixtureClaim(t, 'h-briefed', harborText[4], {
      kinds: ['attributed'],
      source: { kind: 'named', name: 'the White House', actorId: 'white-house' },
      actorIds: ['white-house', 'joe-biden'],
    }),
  ];
  return { article: a, actors: actorsOf(t), claims };
}

const meridianText = [
  'Three American service members were killed and 25 were wounded when a drone hit a US base in Jordan, the Pentagon said.',
  'Lloyd Austin said Washington "will respond at a time and place of our choosing."',
  'The Islamic Resistance in Iraq claimed several attacks on Sunday.',
];

/** The second related report (Meridian Post), a short excerpt. */
export function meridianArticle(): FixtureArticle {
  const a = article(
    'https://meridian-post.example/news/jordan-drone-attack',
    'Three US soldiers killed in Jordan drone attack',
    'Meridian Post',
    '2024-01-28T10:00:00Z',
    meridianText,
  );
  const t = a.text;
  const claims = [
    fixtureClaim(t, 'm-killed', meridianText[0], {
      kinds: ['attributed', 'figure'],
      source: PENTAGON,
      figures: [
        { text: 'Three', value: 3, min: 3, max: 3, approx: false, unit: 'killed' },
        { text: '25', value: 25, min: 25, max: 25, approx: false, unit: 'wounded' },
      ],
    }),
    fixtureClaim(t, 'm-respond', meridianText[1], {
      kinds: ['quote'],
      source: AUSTIN,
      quotes: ['will respond at a time and place of our choosing.'],
    }),
    fixtureClaim(t, 'm-umbrella', meridianText[2], {
      kinds: ['attributed'],
      source: { kind: 'named', name: 'Islamic Resistance in Iraq' },
    }),
  ];
  return { article: a, actors: actorsOf(t), claims };
}

const northlineText = [
  'Two rockets landed inside Ain al-Asad air base in western Iraq on Tuesday, causing no injuries, a US defense official said.',
  'Kataib Hezbollah denied involvement in the attack.',
];

/** A later, different event in the same story (Northline News). */
export function northlineArticle(): FixtureArticle {
  const a = article(
    'https://northline.example/iraq/ain-al-asad-rockets',
    'Rockets hit Ain al-Asad air base in Iraq',
    'Northline News',
    '2024-07-16T12:00:00Z',
    northlineText,
  );
  const t = a.text;
  const claims = [
    fixtureClaim(t, 'n-rockets', northlineText[0], {
      kinds: ['attributed', 'figure'],
      source: { kind: 'unnamed', name: 'a US defense official' },
      figures: [{ text: 'Two', value: 2, min: 2, max: 2, approx: false, unit: 'rocket' }],
      actorIds: ['ain-al-asad', 'iraq'],
    }),
    fixtureClaim(t, 'n-denial', northlineText[1], {
      kinds: ['denial'],
      source: { kind: 'named', name: 'Kataib Hezbollah', actorId: 'kataib-hezbollah' },
      actorIds: ['kataib-hezbollah'],
    }),
  ];
  return { article: a, actors: actorsOf(t), claims };
}

/** The default topic's score for an on-topic fixture article. */
export const fixtureTopic: TopicScore = {
  id: 'iran-proxies-us-forces',
  label: 'Iran-backed militias vs US forces',
  score: 0.82,
  match: true,
  reasons: [
    { term: 'Kataib Hezbollah', weight: 0.24 },
    { term: 'drone', weight: 0.15 },
    { term: 'US forces', weight: 0.13 },
    { term: 'Iran-backed', weight: 0.11 },
  ],
};

/** A stored report built from a fixture article. */
export function fixtureReport(id: string, f: FixtureArticle, savedAt: string): Report {
  const { article: a } = f;
  const claims: StoredClaim[] = f.claims.map((c) => ({
    ...c,
    selector: {
      exact: c.text,
      prefix: a.text.slice(Math.max(0, c.start - 32), c.start),
      suffix: a.text.slice(c.end, c.end + 32),
      start: c.start,
      end: c.end,
    },
  }));
  return {
    id,
    canonicalUrl: a.canonicalUrl,
    urls: [a.url],
    outlet: a.siteName,
    title: a.title,
    byline: a.byline,
    publishedTime: a.publishedTime,
    savedAt,
    updatedAt: savedAt,
    lang: a.lang,
    text: a.text,
    paragraphs: a.paragraphs,
    fingerprint: [],
    topics: [fixtureTopic],
    actors: f.actors,
    claims,
    versionCount: 0,
  };
}
