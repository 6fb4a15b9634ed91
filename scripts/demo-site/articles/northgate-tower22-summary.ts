import type { ArticleSpec } from '../types';

/** Event 1, a brief summary of the original: short, unattributed, rounded figures. */
export const northgateTower22Summary: ArticleSpec = {
  path: '/northgate/world/in-brief-jordan-drone-strike',
  outlet: 'northgate',
  title: 'In brief: drone strike on Jordan base kills three US soldiers',
  kind: 'article',
  event: 'e1',
  role: 'summary',
  publishedTime: '2024-01-29T08:00:00Z',
  schemaOrg: false,
  openGraph: true,
  dateDisplay: 'text',
  section: 'World',
  byline: 'Northgate News Desk',
  paragraphs: [
    'Three American soldiers were killed and dozens wounded on Sunday when a drone struck Tower 22, a small US base in northeastern Jordan close to the Syrian and Iraqi borders.',
    'It is the first time US troops have been killed by enemy fire in the region since the war in Gaza began in October. American forces in Iraq and Syria have come under attack more than 150 times since then.',
    'The drone reached the base at the same moment as a US surveillance drone was coming back, and air defences did not stop it.',
    'The Islamic Resistance in Iraq, an alliance of militias backed by Iran, claimed attacks on bases near the border. Kataib Hezbollah, the strongest of those militias, is suspected of carrying out the strike. Iran denies any role.',
    'The base holds several hundred American troops and supports the Al-Tanf garrison in Syria, which is used in the campaign against the Islamic State group.',
    'President Joe Biden has promised to respond, and members of Congress from both parties are calling for action. Some Republicans want strikes on Iran itself, while many Democrats warn that the conflict could spread.',
    'The three soldiers belonged to an Army Reserve engineer company from the state of Georgia. Most of the wounded had minor injuries, and several were taken out of the country for treatment.',
    'Jordan condemned the attack and said it would keep working with Washington to protect the border.',
    'More on this story: our full report from Georgia, where the families of the soldiers are mourning, will follow later today.',
  ],
};
