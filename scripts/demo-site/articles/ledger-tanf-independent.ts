import type { ArticleSpec } from '../types';

/** Event 3, an independent report a week on, with an updated injury figure and a credited claim. */
export const ledgerTanfIndependent: ArticleSpec = {
  path: '/ledger/2023/10/25/us-troops-injured-drone-attacks-tanf-asad.html',
  outlet: 'ledger',
  title: '21 US troops injured in drone attacks on bases in Iraq and Syria, Pentagon says',
  kind: 'article',
  event: 'e3',
  role: 'independent',
  publishedTime: '2023-10-25T00:30:00Z',
  schemaOrg: true,
  openGraph: true,
  dateDisplay: 'time',
  section: 'World',
  byline: 'Dana Whitfield',
  dateline: 'WASHINGTON',
  standfirst:
    'Officials now say the attacks last week caused more injuries than first reported, most of them brain injuries.',
  paragraphs: [
    'Twenty-one American service members were injured in drone attacks on two bases in Iraq and Syria last week, the Pentagon said on Tuesday, revealing a larger toll than it had initially acknowledged as Iran-backed militias step up attacks in the region.',
    'Brig. Gen. Pat Ryder, the Pentagon press secretary, said 20 of the troops were hurt at the Al-Tanf garrison in Syria, where two one-way attack drones struck on Oct. 18, and one at Ain al-Asad air base in Iraq. All have since returned to duty, he said.',
    'Most of those injured suffered traumatic brain injuries, Ryder said, which commanders often identify only after service members undergo screening in the days following an explosion.',
    'A contractor at Ain al-Asad died of cardiac arrest while sheltering from what turned out to be a false alarm, according to Harbor Wire, which first reported the death.',
    '## A widening pattern',
    "The Pentagon has recorded at least 13 attacks on US forces in Iraq and Syria since Oct. 17, Ryder said, most of them by drones and rockets. Officials have tied them to groups backed by Iran's Islamic Revolutionary Guard Corps, including Kataib Hezbollah.",
    'Ryder warned that the United States "will not hesitate to take all necessary measures to defend U.S. and coalition forces against any threat."',
    'Defense Secretary Lloyd Austin, speaking at the United Nations Security Council on Tuesday, said Washington does not seek conflict with Iran but would act swiftly and decisively if its troops were attacked. "If Iran or its proxies attack US personnel anywhere, make no mistake: we will defend our people," he said.',
    "## Tehran's message",
    'Iranian officials have repeatedly warned that if Israel pursues its ground offensive in Gaza, other fronts could open. Foreign Minister Hossein Amir-Abdollahian said last week that the "resistance axis" was ready to act, without specifying what that would mean.',
    'The Islamic Resistance in Iraq has claimed most of the attacks. The group says it is punishing Washington for its support of Israel. Its statements are circulated through Telegram channels linked to Kataib Hezbollah and Harakat al-Nujaba.',
    'The Pentagon has moved additional air defense systems, including Terminal High Altitude Area Defense and Patriot batteries, into the Middle East to protect US troops. About 900 additional troops are heading to the region, Ryder said.',
    "Senior administration officials said President Biden had asked the Pentagon for options to respond and had warned Iran's supreme leader, Ayatollah Ali Khamenei, through an intermediary, against targeting American forces.",
    'The injured troops were not identified. A spokesperson for Central Command said none had life-threatening wounds.',
    'Lawmakers from both parties asked the Pentagon for a classified briefing on the attacks. Some questioned why the department had described the injuries as minor for nearly a week before releasing the full count, and whether the bases had enough short-range air defenses.',
  ],
};
