import type { ArticleSpec } from '../types';

/** Event 2, the original report: Capital Dispatch on the Feb 2, 2024 US retaliatory strikes. */
export const dispatchStrikesOriginal: ArticleSpec = {
  path: '/dispatch/defense/2024/02/02/us-strikes-iraq-syria-85-targets.html',
  outlet: 'dispatch',
  title: 'US bombers hit 85 targets in Iraq and Syria in first wave of retaliation for Jordan attack',
  kind: 'article',
  event: 'e2',
  role: 'original',
  publishedTime: '2024-02-02T23:10:00Z',
  schemaOrg: true,
  openGraph: false,
  dateDisplay: 'time',
  section: 'Defense',
  byline: 'Marcus Bell and Priya Raman',
  dateline: 'WASHINGTON',
  standfirst:
    'Long-range B-1 bombers flown from the United States struck Quds Force and militia sites at seven locations.',
  paragraphs: [
    "The United States struck more than 85 targets in Iraq and Syria on Friday, hitting command centers, weapons depots and drone storage sites used by Iran's Revolutionary Guard and the militias it backs, in retaliation for the drone attack that killed three American soldiers in Jordan last weekend.",
    'The strikes hit seven facilities, four in Syria and three in Iraq, and involved more than 125 precision munitions, Lt. Gen. Douglas Sims, the director of operations for the Joint Staff, told reporters at the Pentagon. The bombing lasted about 30 minutes, he said.',
    'Among the aircraft were B-1 bombers that flew nonstop from the United States, a choice officials said was meant to show that Washington could reach the militias from anywhere. Fighter jets and drones also took part.',
    'Central Command said the targets included command and control operations centers, intelligence centers, rockets and missiles, and unmanned aerial vehicle storage, as well as logistics and munition supply chain facilities of the Islamic Revolutionary Guard Corps Quds Force and affiliated militia groups.',
    '## "The start of our response"',
    'National Security Council spokesman John Kirby said the strikes were only the first step. "This is the start of our response, and there will be additional steps, some of which you will see and some of which you may not," Kirby told reporters aboard Air Force One.',
    'President Biden, who earlier on Friday attended the return of the soldiers\' remains at Dover Air Force Base in Delaware, said in a statement: "Our response began today. It will continue at times and places of our choosing."',
    'Sims said the targets were chosen to avoid civilian casualties and that the military had "good effects" on them, but he said it was too early to say how many militia members had been killed. Officials said the strikes did not hit targets inside Iran.',
    '## Baghdad objects',
    "Iraq's government condemned the strikes as a violation of its sovereignty. A spokesman for Prime Minister Mohammed Shia al-Sudani said the attack on the al-Qaim area, near the Syrian border, would drag the region into a dangerous escalation. Iraq also said the United States had not warned it in advance, a claim the White House disputed.",
    'Defense Secretary Lloyd Austin said the Pentagon would decide further actions. "We do not seek conflict in the Middle East or anywhere else, but the President and I will not tolerate attacks on American forces," he said.',
    '## Months of warnings',
    'The Pentagon has counted about 165 attacks on US forces in Iraq, Syria and Jordan since mid-October. Many were claimed by the Islamic Resistance in Iraq, a loose alliance that includes Kataib Hezbollah and Harakat al-Nujaba.',
    'Kataib Hezbollah announced earlier in the week that it was halting attacks on US troops. Harakat al-Nujaba said it would keep fighting until American forces leave Iraq.',
    "Iran's government has said it will not start a war but would respond forcefully to any attack on its territory. Officials in Washington said they had passed messages to Tehran through intermediaries making clear that the strikes were aimed at the groups behind the killings.",
  ],
};
