import type { ArticleSpec } from '../types';

/** Event 1, the original report: The Meridian Ledger on the Tower 22 drone attack (Jan 28, 2024). */
export const ledgerTower22Original: ArticleSpec = {
  path: '/ledger/2024/01/28/drone-attack-jordan-kills-three-us-soldiers.html',
  outlet: 'ledger',
  title: 'Drone attack on US outpost in Jordan kills three American soldiers',
  kind: 'article',
  event: 'e1',
  role: 'original',
  publishedTime: '2024-01-28T19:42:00Z',
  schemaOrg: true,
  openGraph: true,
  dateDisplay: 'time',
  section: 'Middle East',
  byline: 'Dana Whitfield and Omar Haddad',
  dateline: 'WASHINGTON',
  standfirst:
    'The strike on Tower 22, near the Syrian border, is the first time US troops have been killed by hostile fire in the region since the Gaza war began.',
  imageCaption:
    'The Tower 22 logistics base sits in the desert where Jordan, Syria and Iraq meet. Illustration: Ledger graphics desk.',
  paragraphs: [
    'A one-way attack drone slammed into a small American base in northeastern Jordan early Sunday, killing three US Army soldiers and wounding at least 34 service members, the Pentagon said, in the deadliest assault on US forces in the Middle East since militias began targeting them last October.',
    'The drone hit Tower 22, a logistics outpost close to the point where the borders of Jordan, Syria and Iraq meet. The base supports the larger American garrison at Al-Tanf, just across the Syrian frontier, and houses about 350 US Army and Air Force personnel, according to US Central Command.',
    'President Biden blamed "radical Iran-backed militant groups operating in Syria and Iraq" and promised a response. "Have no doubt: we will hold all those responsible to account at a time and in a manner of our choosing," he said in a written statement released by the White House.',
    'The three soldiers were members of an Army Reserve engineer company based in Georgia. Their names were being withheld until their families had been notified, officials said.',
    '## How the attack unfolded',
    'The drone struck the living quarters shortly before dawn, when many soldiers were still asleep in their containerized housing units. Most of the wounded suffered cuts, bruises and brain injuries, and eight were flown out of Jordan for more advanced care, a defense official said.',
    'Base air defenses failed to stop the attacker in part because it approached at about the same time as an American surveillance drone was returning to the outpost, according to a US official who spoke on condition of anonymity to discuss preliminary findings.',
    'The Islamic Resistance in Iraq, an umbrella name used by several militias backed by Iran, said its fighters had attacked three bases along the border, including Al-Tanf. US officials said they were still working to determine which group launched the drone, but several pointed to Kataib Hezbollah, the most powerful of the Iraqi factions aligned with Tehran.',
    'Defense Secretary Lloyd Austin, who was recovering from surgery, said in a statement: "The President and I will not tolerate attacks on American forces, and we will take all necessary actions to defend the US, our troops, and our interests."',
    '## A long run of attacks',
    'Iran-backed groups have launched more than 150 drone, rocket and missile attacks on US troops in Iraq and Syria since Oct. 17, according to the Pentagon. Until Sunday, those attacks had caused dozens of injuries, mostly minor, but no American deaths from hostile fire.',
    'Iran\'s foreign ministry spokesman, Nasser Kanaani, rejected any link between Tehran and the attack. He said the resistance groups in the region "do not take orders" from the Islamic Republic and make their own decisions.',
    "Jordan's government condemned what it called a terrorist attack on a position on its border with Syria and said it would keep working with the United States to secure the frontier. A government spokesman initially said the strike took place outside Jordanian territory, a statement officials in Amman later walked back.",
    'Republican lawmakers urged the administration to strike targets inside Iran, while some Democrats cautioned against a wider war. Senator Jack Reed of Rhode Island, the Democratic chairman of the Armed Services Committee, said the response should be "deliberate and proportional" and aimed at the groups responsible.',
    'The Pentagon said it would release more information about the wounded as it became available. Officials expected the number of injured to rise as more service members were screened for brain injuries, which often take days to diagnose.',
  ],
};
