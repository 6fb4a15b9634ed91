import { hostilePayloads, isUrlPayload } from './hostile-payloads';
import type { ArticleSpec, OutletId } from './types';

// Each payload lands in a sentence that reads like the story, so it is extracted and analysed as an actor,
// a quote or a source, which is where Parallax renders page-derived strings.
const templates: ((p: string) => string)[] = [
  (p) => `The Brigades of ${p} claimed responsibility for the rocket fire near Ain al-Asad air base.`,
  (p) => `"${p}," a statement posted by the Islamic Resistance in Iraq said on Telegram.`,
  (p) =>
    `Pentagon press secretary Brig. Gen. Pat Ryder said ${p} was among the groups suspected of the attack.`,
  (p) => `A spokesman for Kataib Hezbollah, ${p}, said the drone strikes on US forces would continue.`,
  (p) => `According to ${p}, at least 12 rockets were fired at the base from a truck in Anbar province.`,
  (p) => `US Central Command said the commander, known as ${p}, directed attacks in Iraq and Syria.`,
];

interface HostileSeed {
  outlet: OutletId;
  slug: string;
  publishedTime: string;
  /** Plain on-topic paragraphs so the page reads as a story about the followed topic. */
  story: string[];
}

const seeds: HostileSeed[] = [
  {
    outlet: 'ledger',
    slug: 'militia-rockets-ain-al-asad',
    publishedTime: '2024-08-06T10:00:00Z',
    story: [
      'Rockets struck Ain al-Asad air base in western Iraq overnight, wounding several US service members, in the latest attack by Iran-backed militias on American forces.',
      'Officials at the Pentagon said the attack bore the hallmarks of Kataib Hezbollah, which has carried out dozens of drone and rocket strikes on US troops in Iraq and Syria since October.',
    ],
  },
  {
    outlet: 'harbor',
    slug: 'drone-attack-tanf-claim',
    publishedTime: '2024-01-29T12:00:00Z',
    story: [
      'A drone attack on US forces near the Al-Tanf garrison in Syria was claimed by the Islamic Resistance in Iraq, a coalition of militias backed by Iran.',
      'US Central Command said American troops shot down two drones and that no personnel were seriously injured. Defense Secretary Lloyd Austin said Washington would respond.',
    ],
  },
  {
    outlet: 'dispatch',
    slug: 'pentagon-weighs-response-militias',
    publishedTime: '2024-01-30T18:00:00Z',
    story: [
      'The Pentagon is weighing strikes on Iran-backed militias in Iraq and Syria after a drone killed three American soldiers at Tower 22 in Jordan.',
      'National Security Council spokesman John Kirby said the United States did not want a wider war but would hold the Islamic Revolutionary Guard Corps and its proxies responsible.',
    ],
  },
  {
    outlet: 'northgate',
    slug: 'nujaba-threatens-us-bases',
    publishedTime: '2025-06-23T08:00:00Z',
    story: [
      'Harakat al-Nujaba threatened to attack US bases in Iraq after American bombers struck Iranian nuclear sites, raising fears for troops at Ain al-Asad and in Erbil.',
      'Iraqi officials urged the militias to show restraint. The Pentagon said US forces in the region were on high alert.',
    ],
  },
];

function build(seed: HostileSeed, index: number): ArticleSpec {
  const mine = hostilePayloads.filter((_p, i) => i % seeds.length === index);
  const [titleP, bylineP, descP, keywordP, ...rest] = mine;
  const body = rest.map((p, i) => templates[(i + index) % templates.length](p));
  const urls = mine.filter(isUrlPayload);
  return {
    path: `/hostile/${seed.slug}.html`,
    outlet: seed.outlet,
    title: `Militia attack on US forces: ${titleP}`,
    kind: 'hostile',
    publishedTime: seed.publishedTime,
    schemaOrg: true,
    openGraph: true,
    dateDisplay: 'time',
    section: 'Middle East',
    byline: bylineP,
    dateline: `BAGHDAD ${descP}`,
    standfirst: `Iran-backed militias and US forces in Iraq and Syria: ${descP}`,
    description: descP,
    keywords: ['Kataib Hezbollah', 'US forces', keywordP],
    imageCaption: `Smoke rises over the base. ${keywordP}`,
    paragraphs: [...seed.story, ...body],
    sources: urls.map((p) => ({ text: 'Statement by the Islamic Resistance in Iraq', href: p })),
    authorUrl: urls[0],
    image: urls[1],
  };
}

/** On-topic article pages whose every field carries XSS payloads, served under /hostile/. */
export const hostileArticles: ArticleSpec[] = seeds.map(build);
