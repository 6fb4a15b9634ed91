import type { ArticleSpec } from '../types';

/** Event 3, the original report: Harbor Wire on the Oct 2023 drone attacks at Al-Tanf and Ain al-Asad. */
export const harborTanfOriginal: ArticleSpec = {
  path: '/harbor/world/2023/10/19/drones-target-us-forces-iraq-syria.html',
  outlet: 'harbor',
  title: 'Drones target US forces in Iraq and Syria; Pentagon reports minor injuries',
  kind: 'article',
  event: 'e3',
  role: 'original',
  publishedTime: '2023-10-19T21:05:00Z',
  schemaOrg: true,
  openGraph: true,
  dateDisplay: 'time',
  section: 'World',
  byline: 'Lena Marsh',
  dateline: 'WASHINGTON',
  standfirst:
    'The attacks at Al-Tanf and Ain al-Asad come as Washington rushes warships and air defenses to the region.',
  paragraphs: [
    'Drones attacked American troops at bases in Syria and Iraq this week, causing minor injuries to US and coalition personnel, the Pentagon said on Thursday, the first such attacks since the Hamas assault on Israel on Oct. 7 sent tension across the region soaring.',
    'Two drones targeted the Al-Tanf garrison in southern Syria on Wednesday, Pentagon press secretary Brig. Gen. Pat Ryder said. US forces shot down one of them, and the other was damaged but still struck the base. Hours earlier, on Tuesday, troops at Ain al-Asad air base in western Iraq downed several drones aimed at the installation.',
    '"We are not going to hesitate to take whatever measures are needed to protect American and coalition forces," Ryder told reporters at the Pentagon. He said the United States would respond "at a time and place of our choosing."',
    'A US civilian contractor died of a cardiac episode while sheltering in place during a false alarm about an incoming drone at Ain al-Asad, Ryder said.',
    '## Claims from Iraqi militias',
    'A group calling itself the Islamic Resistance in Iraq claimed responsibility for the attacks in posts on Telegram. The name has been used by several Iraqi militias aligned with Iran, including Kataib Hezbollah and Harakat al-Nujaba, which have threatened US interests since the start of the Gaza war.',
    'Ryder said the Pentagon held Iran ultimately responsible because it backs the groups. "We know that these groups are supported by the Iranian regime," he said.',
    'Separately on Thursday, the destroyer USS Carney intercepted missiles and drones launched from Yemen by the Houthi movement over the Red Sea. The Pentagon said the missiles were potentially headed toward targets in Israel.',
    '## Forces in the region',
    'About 2,500 American troops are in Iraq and about 900 in Syria, where they advise and assist local forces fighting remnants of the Islamic State group. Al-Tanf sits near the point where the borders of Syria, Iraq and Jordan meet, on a highway linking Baghdad and Damascus.',
    'The Pentagon has sent two aircraft carrier strike groups to the eastern Mediterranean and put about 2,000 troops on prepare-to-deploy orders since the war began. Defense Secretary Lloyd Austin has warned Iran and its proxies not to widen the conflict.',
    'The State Department ordered non-emergency staff and their families to leave the US embassy in Baghdad and the consulate in Erbil, citing increased threats to American personnel and interests.',
    "Iraqi Prime Minister Mohammed Shia al-Sudani condemned attacks on foreign forces that are in Iraq at the government's invitation and said his government would pursue those responsible.",
    'A senior defense official said the attacks were expected to continue and that commanders had raised force protection levels at bases across the region.',
    'The Pentagon did not say how many personnel were hurt at each base.',
  ],
};
