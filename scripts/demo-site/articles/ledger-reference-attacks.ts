import { outlets } from '../outlets';
import type { OutletId, ReferenceSpec } from '../types';
import { dispatchStrikesOriginal } from './dispatch-strikes-original';
import { dispatchTower22Excerpt } from './dispatch-tower22-excerpt';
import { harborStrikesRewrite } from './harbor-strikes-rewrite';
import { harborTanfOriginal } from './harbor-tanf-original';
import { harborTower22Rewrite } from './harbor-tower22-rewrite';
import { ledgerStrikesIndependent } from './ledger-strikes-independent';
import { ledgerTanfIndependent } from './ledger-tanf-independent';
import { ledgerTower22Original } from './ledger-tower22-original';
import { northgateTanfIndependent } from './northgate-tanf-independent';
import { northgateTower22Independent } from './northgate-tower22-independent';
import { northgateTower22Summary } from './northgate-tower22-summary';

const onSite = (a: { title: string; path: string; outlet: OutletId; publishedTime: string }) => ({
  title: a.title,
  path: a.path,
  outlet: outlets[a.outlet].name,
  date: a.publishedTime.slice(0, 10),
});

/**
 * A long reference page in the style of an encyclopedia article: infobox, contents, many sections, tables,
 * footnote markers, a long reference list and a navigation box. It is big on purpose (thousands of elements,
 * tens of thousands of characters), so Parallax extracts it off the page's main thread.
 */
export const ledgerReferenceAttacks: ReferenceSpec = {
  path: '/ledger/reference/attacks-on-us-forces-iraq-syria-jordan.html',
  outlet: 'ledger',
  title: 'Attacks on US forces in Iraq, Syria and Jordan (2023–2024)',
  kind: 'reference',
  publishedTime: '2025-07-01T09:00:00Z',
  schemaOrg: true,
  openGraph: true,
  dateDisplay: 'time',
  section: 'Reference',
  byline: 'The Meridian Ledger research desk',
  standfirst:
    'A running record of the militia campaign against American troops that began in October 2023, the US strikes that answered it, and how the reporting of it changed.',
  description:
    'The drone, rocket and missile attacks by Iran-backed militias on US forces in Iraq, Syria and Jordan from October 2023, and the US responses.',
  keywords: [
    'Kataib Hezbollah',
    'Tower 22',
    'Al-Tanf',
    'Ain al-Asad',
    'Islamic Resistance in Iraq',
    'CENTCOM',
  ],
  infobox: [
    ['Date', '17 October 2023 – February 2024 (main campaign)'],
    ['Location', 'Iraq, Syria and north-eastern Jordan'],
    ['Attacks', 'More than 160 drone, rocket and missile attacks, by Pentagon count'],
    ['Deadliest attack', 'Tower 22, Jordan, 28 January 2024'],
    ['US deaths', 'Three soldiers killed at Tower 22; a contractor died during an alert at Ain al-Asad'],
    ['US injured', 'Well over 100, most with traumatic brain injuries'],
    ['Attackers', 'Islamic Resistance in Iraq (Kataib Hezbollah, Harakat al-Nujaba and others)'],
    ['Backers', "Iran's Revolutionary Guard (Quds Force), according to US officials"],
    ['US response', 'Air strikes in Syria and Iraq; 85 targets struck on 2 February 2024'],
    [
      'Bases attacked',
      'Ain al-Asad, Erbil, Harir, Al-Tanf, Green Village, Conoco, Shaddadi, Rumalyn, Tower 22',
    ],
    ['Status', 'Largely paused after February 2024'],
  ],
  sections: [
    {
      id: 'lead',
      heading: '',
      paragraphs: [
        'From 17 October 2023, militias in Iraq and Syria that are armed and advised by Iran attacked American troops more than 160 times with one-way drones, rockets and short-range ballistic missiles, according to the Pentagon.{{dispatch-irq}} Most of the attacks were claimed in the name of the Islamic Resistance in Iraq, a label adopted by Kataib Hezbollah, Harakat al-Nujaba and smaller factions.{{dod-count}}{{dispatch-irq}}',
        'For three months the attacks caused mostly minor injuries.{{harbor-oct}} On 28 January 2024 a drone struck Tower 22, a small US logistics base in north-eastern Jordan, killing three US Army reservists and wounding more than 40 service members.{{ledger-t22}}{{northgate-t22}} The United States answered on 2 February with strikes on more than 85 targets at seven facilities in Iraq and Syria.{{dispatch-85}}',
        'This page records the attacks, the places and groups involved, the American and Iraqi responses, and where early reports disagreed about what happened.{{ledger-method}} It is updated as new information is confirmed; figures are given as reported at the time, with later corrections noted.{{ledger-method}}',
      ],
    },
    {
      id: 'background',
      heading: 'Background',
      paragraphs: [
        'About 2,500 US troops were stationed in Iraq and about 900 in Syria in late 2023, most of them part of the coalition formed in 2014 to fight the Islamic State group.{{dispatch-posture}} In Iraq they are present at the invitation of the government in Baghdad; in Syria they operate alongside the Kurdish-led Syrian Democratic Forces without the consent of the government in Damascus.{{dispatch-posture}}',
        'Iran-aligned armed groups had attacked US forces in both countries before, notably after the US killed the Revolutionary Guard commander Qassem Soleimani and the militia leader Abu Mahdi al-Muhandis in Baghdad in January 2020.{{ledger-2020}} Iran then fired ballistic missiles at Ain al-Asad air base, injuring more than 100 US service members, almost all with brain injuries.{{ledger-2020}}',
        'Attacks had slowed during 2023 until the war in Gaza began after the Hamas assault on Israel on 7 October.{{ledger-oct}} Ten days later the militias announced a campaign against American bases, saying US support for Israel made its forces legitimate targets.{{harbor-oct}}{{ledger-oct}}',
      ],
    },
    {
      id: 'bases',
      heading: 'US bases attacked',
      paragraphs: [
        'The attacks were spread over more than a dozen sites.{{dod-count}} The largest and most often struck were Ain al-Asad in Iraq and Al-Tanf in Syria, but small outposts in north-eastern Syria drew rocket fire almost every week.{{dod-count}}',
      ],
      subsections: [
        {
          id: 'iraq-bases',
          heading: 'Iraq',
          paragraphs: [
            'Ain al-Asad air base, in the desert of Anbar province in western Iraq, is an Iraqi base where coalition troops have a compound.{{dispatch-jan20}} It was attacked with drones on 18 October and with ballistic missiles on 21 November and 20 January.{{harbor-oct}}{{dispatch-jan20}}',
            'In the Kurdistan Region, the coalition uses an air base at Erbil International Airport and the Harir air base north-east of the city.{{ledger-dec25}} A drone attack on Erbil air base on 25 December wounded three US service members, one of them critically.{{ledger-dec25}}',
            'In Baghdad, militias fired rockets at the Union III compound, which houses coalition advisers, and on 8 December at the US embassy compound, where rockets landed without causing American casualties.{{harbor-dec8}}',
          ],
        },
        {
          id: 'syria-bases',
          heading: 'Syria',
          paragraphs: [
            'Al-Tanf garrison lies in southern Syria near the borders with Iraq and Jordan, inside a 55-kilometre zone that US forces patrol.{{harbor-oct}} It was attacked by drones on 18 October; about 20 of the 21 service members injured in the first week of the campaign were there.{{ledger-tanf}}{{harbor-oct}}',
            'In the north-east, US troops work from small sites near oil and gas fields: the Green Village base by the Al-Omar field, the Conoco gas plant, Al-Shaddadi and the Rumalyn landing zone.{{northgate-syria}} These sites were struck by rockets and drones many times, often with no injuries reported.{{dod-count}}{{northgate-syria}}',
          ],
        },
        {
          id: 'jordan-base',
          heading: 'Jordan',
          paragraphs: [
            'Tower 22 is a small logistics base in north-eastern Jordan close to the point where the borders of Jordan, Syria and Iraq meet.{{ledger-t22}} It supports the garrison at Al-Tanf and housed about 350 US Army and Air Force personnel, according to Central Command.{{ledger-t22}}',
          ],
        },
      ],
    },
    {
      id: 'groups',
      heading: 'Groups involved',
      paragraphs: [
        'Most attacks were claimed by the Islamic Resistance in Iraq, a name that appeared in October 2023 on statements and videos released on messaging channels.{{dispatch-irq}} US officials said the name was a cover used by several established militias so that no single group would be held responsible.{{dispatch-irq}}',
      ],
      subsections: [
        {
          id: 'kataib-hezbollah',
          heading: 'Kataib Hezbollah',
          paragraphs: [
            'Kataib Hezbollah, formed during the US occupation of Iraq and designated a terrorist organisation by the United States in 2009, is the strongest of the Iraqi factions aligned with Tehran.{{dispatch-iran}} US officials said the drone that struck Tower 22 bore its footprints, and most of the facilities hit on 2 February were linked to it or to the Quds Force.{{dispatch-tower22}}{{dispatch-85}}',
            'On 30 January 2024 Kataib Hezbollah said it was suspending military operations against US forces to avoid embarrassing the Iraqi government.{{harbor-kh-pause}} The Pentagon said it would judge the group by its actions rather than its words.{{harbor-kh-pause}}',
          ],
        },
        {
          id: 'nujaba',
          heading: 'Harakat al-Nujaba',
          paragraphs: [
            'Harakat Hezbollah al-Nujaba, led by Akram al-Kaabi, rejected the pause announced by Kataib Hezbollah and said its attacks would continue.{{ledger-jan4}} A US strike in Baghdad on 4 January 2024 killed one of its commanders, Mushtaq Talib al-Saidi, known as Abu Taqwa.{{ledger-jan4}}',
          ],
        },
        {
          id: 'other-groups',
          heading: 'Other factions and Iran',
          paragraphs: [
            'Kataib Sayyid al-Shuhada and smaller groups also took part, according to US officials and statements by the militias.{{ledger-pmf}} Many of these groups are also part of the Popular Mobilization Forces, a state-funded umbrella of armed groups in Iraq, which made US strikes on them a matter of dispute with Baghdad.{{ledger-pmf}}',
            "The United States said Iran's Islamic Revolutionary Guard Corps, through its Quds Force, armed, funded and advised the militias.{{harbor-iran}} Iran's government denied directing the attacks and said the groups made their own decisions.{{dispatch-iran}}{{harbor-iran}}",
          ],
        },
      ],
    },
    {
      id: 'chronology',
      heading: 'Chronology',
      paragraphs: [],
      subsections: [
        {
          id: 'october-2023',
          heading: 'October 2023',
          paragraphs: [
            'On 17 and 18 October drones were launched at Ain al-Asad in Iraq and at Al-Tanf in Syria.{{ledger-tanf}} The Pentagon first reported minor injuries and later said 21 US personnel had been hurt, most of them at Al-Tanf, and all had returned to duty.{{harbor-oct}}{{ledger-tanf}}',
            'During a false alarm at Ain al-Asad on 18 October, a US contractor died of a cardiac episode while sheltering, the Pentagon said.{{harbor-oct}}',
            'On 21 October Defense Secretary Lloyd Austin ordered a THAAD battery and additional Patriot air defence battalions to the region, and more US warships and aircraft followed.{{dispatch-posture}}',
            'On 27 October US F-16 and F-15 fighter jets struck two facilities near Abu Kamal in eastern Syria that the Pentagon said were used by the Revolutionary Guard and affiliated groups.{{northgate-syria}} It was the first US military response of the campaign.{{northgate-syria}}',
          ],
        },
        {
          id: 'november-2023',
          heading: 'November 2023',
          paragraphs: [
            'On 8 November US F-15 jets struck a weapons storage facility in Deir ez-Zor province in Syria, and on 12 November a training site and a safe house near Abu Kamal and Mayadin.{{dispatch-nov}}',
            'On 21 November militants fired a close-range ballistic missile at Ain al-Asad, causing minor injuries.{{harbor-nov}} A US AC-130 gunship struck the vehicle used in the launch, and the next day US aircraft struck two Kataib Hezbollah facilities south of Baghdad.{{dispatch-nov}}{{harbor-nov}}',
          ],
        },
        {
          id: 'december-2023',
          heading: 'December 2023',
          paragraphs: [
            'On 3 December a US drone struck militants preparing to launch a drone near Kirkuk, killing five of them, according to US officials and the militia that lost them.{{harbor-dec3}}',
            'On 25 December a one-way drone struck Erbil air base, wounding three US service members, one critically.{{ledger-dec25}} President Biden ordered strikes on three facilities used by Kataib Hezbollah and affiliated groups in Iraq the same day.{{ledger-dec25}}',
          ],
        },
        {
          id: 'january-2024',
          heading: 'January 2024',
          paragraphs: [
            'On 4 January a US drone strike in Baghdad killed the Harakat al-Nujaba commander Abu Taqwa.{{ledger-jan4}} The Iraqi government condemned the strike as an attack on its sovereignty, and the next day Prime Minister Mohammed Shia al-Sudani said Iraq would begin the process of ending the coalition mission in the country.{{ledger-jan4}}',
            'On 20 January militants fired ballistic missiles and rockets at Ain al-Asad.{{dispatch-jan20}} Several US personnel were examined for brain injuries and an Iraqi service member was wounded. The United States struck three Kataib Hezbollah facilities in Iraq on 23 January.{{dispatch-jan20}}',
            'On 27 January the United States and Iraq held the first meeting of a Higher Military Commission set up to discuss the future of the coalition.{{ledger-pmf}}',
            'On 28 January a one-way drone struck the living quarters at Tower 22 before dawn.{{northgate-t22}} Three soldiers of an Army Reserve engineer company from Georgia were killed and more than 40 service members were wounded. A US official said base defences may have mistaken the attacking drone for an American drone returning at the same time.{{ledger-t22}}{{dispatch-tower22}}{{northgate-t22}}',
            'President Biden blamed radical Iran-backed militant groups operating in Syria and Iraq and said the United States would respond at a time and in a manner of its choosing.{{ledger-t22}}{{harbor-t22}}',
          ],
        },
        {
          id: 'february-2024',
          heading: 'February 2024',
          paragraphs: [
            'On 2 February US aircraft, including B-1 bombers flown from the United States, struck more than 85 targets at seven facilities, four in Syria and three in Iraq, with more than 125 precision munitions.{{harbor-85}} Lt. Gen. Douglas Sims of the Joint Staff said the strikes lasted about 30 minutes.{{dispatch-85}}{{harbor-85}}',
            'Iraqi officials said 16 people, including civilians, were killed in Iraq; Syrian monitors reported more than 20 deaths on the Syrian side.{{ledger-dead}} The Iraqi government summoned the US charge d’affaires in protest.{{ledger-dead}}',
            'On 7 February a US drone strike in Baghdad killed Abu Baqir al-Saadi, a Kataib Hezbollah commander the Pentagon held responsible for directing attacks on US forces.{{ledger-after}} After this the attacks on US bases in Iraq and Syria largely stopped for several months.{{spa-baghdad}}{{ledger-after}}',
          ],
        },
      ],
    },
    {
      id: 'us-response',
      heading: 'US response',
      paragraphs: [
        'Through the autumn the Pentagon answered the attacks with limited strikes on weapons stores and training sites, chosen, officials said, to deter further attacks without widening the war in Gaza into a regional conflict.{{dispatch-nov}} Critics in Congress argued the strikes were too small to change the militias’ calculations.{{dispatch-posture}}{{dispatch-nov}}',
        'After Tower 22 the administration described its response as tiered: the strikes of 2 February were the first of several, and officials said not every action would be visible.{{harbor-85}} Defense Secretary Lloyd Austin said the United States did not seek conflict in the Middle East but would defend its forces.{{dispatch-85}}{{harbor-85}}',
        'John Kirby, a White House national security spokesman, said the United States was not seeking a war with Iran, and no targets inside Iranian territory were struck.{{harbor-85}}{{ledger-dead}}',
      ],
    },
    {
      id: 'aftermath',
      heading: 'Aftermath',
      paragraphs: [
        'In the days after the strikes of 2 February, a drone attack on the Al-Omar oil field base in eastern Syria killed six fighters of the US-backed Syrian Democratic Forces, according to the group.{{ledger-after}} Attacks on American troops then all but stopped for several months.{{ledger-after}}',
        'Attacks resumed on a smaller scale in the summer of 2024.{{live-asad}} On 30 July a US strike near Musayyib, south of Baghdad, hit fighters the Pentagon said were preparing to launch drones, and on 5 August rockets fired at Ain al-Asad injured several US personnel.{{live-asad}}',
        'In September 2024 the United States and Iraq announced that the coalition’s military mission in Iraq would end by September 2025, with advisers staying on in the Kurdistan Region into 2026 to support operations in Syria.{{ledger-coalition}}',
        'After US strikes on Iranian nuclear sites in June 2025, militia leaders in Iraq again threatened American bases, though the threatened campaign did not return at the scale of the winter of 2023–2024.{{spa-threats}}',
      ],
    },
    {
      id: 'weapons',
      heading: 'Weapons and defences',
      paragraphs: [
        'Most attacks used one-way attack drones, many of them of Iranian design according to US officials, and unguided rockets fired from improvised launchers, sometimes mounted on trucks or left on timers.{{dispatch-iran}} Short-range ballistic missiles were used at least twice against Ain al-Asad, in November and January.{{dispatch-iran}}{{dispatch-jan20}}',
        'The larger bases are protected by counter-rocket systems and counter-drone equipment, and most drones and rockets were shot down or fell short, which is why the great majority of attacks caused no injuries.{{dispatch-posture}} Small sites such as Tower 22 had fewer defences, and officials said drones flying low and slow are hard to tell apart from friendly aircraft.{{dispatch-tower22}}{{dispatch-posture}}',
        'After Tower 22 the Pentagon said it was reviewing air defences at small bases in the region and how returning American drones are identified, one of the questions raised by the attack.{{northgate-t22}}',
      ],
    },
    {
      id: 'legal',
      heading: 'Legal questions in Washington',
      paragraphs: [
        "After each round of strikes the administration notified Congress under the War Powers Resolution, citing the president's constitutional authority to defend US forces.{{dispatch-85}} Several members of Congress, from both parties, argued that a sustained campaign against the militias needed authorisation from Congress.{{dispatch-posture}}{{dispatch-85}}",
        'Others in Congress urged strikes inside Iran itself after Tower 22.{{harbor-iran}} The administration rejected that course, saying it wanted to stop the attacks without a wider war in the region.{{harbor-85}}{{harbor-iran}}',
      ],
    },
    {
      id: 'casualties',
      heading: 'Casualties',
      paragraphs: [
        'Counts of US injuries rose over time as service members reported symptoms of traumatic brain injury days or weeks after an attack.{{dod-count}} The Pentagon’s figure for Tower 22 alone grew from 34 wounded on the day of the attack to more than 40 within days.{{ledger-t22}}{{northgate-t22}}{{dod-count}}',
      ],
    },
    {
      id: 'reaction',
      heading: 'Iraqi and regional reaction',
      paragraphs: [
        'Prime Minister Mohammed Shia al-Sudani condemned both the militia attacks and the US strikes on Iraqi soil, and his government said foreign strikes violated Iraqi sovereignty.{{ledger-pmf}} In January 2024 Iraq and the United States began talks on the future of the coalition mission in the country.{{ledger-jan4}}{{ledger-pmf}}',
        'Jordan condemned the attack on Tower 22 and said it would cooperate with the United States to secure its border.{{ledger-dead}} Syria’s government, which regards the US presence as an occupation, condemned the American strikes on its territory.{{harbor-t22}}{{ledger-dead}}',
      ],
    },
    {
      id: 'coverage',
      heading: 'How the reporting differed',
      paragraphs: [
        'Early reports of the same events often disagreed on figures and on who said what.{{northgate-summary}} Accounts of Tower 22 gave the number of wounded as at least 34, as dozens, or as more than 40, depending on when they were written; the size of the garrison was given as about 350 or some 300.{{ledger-t22}}{{harbor-t22}}{{northgate-summary}}',
        'Attributions also shifted between reports: the explanation that the attacking drone arrived with a returning American drone was credited to an anonymous US official in one report, to a Pentagon spokesperson in another, and to another outlet in a third.{{dispatch-tower22}}{{northgate-t22}}',
        'Accounts of the strikes of 2 February differed on the number of facilities hit (seven or six) and the munitions used (more than 125 or about 120).{{dispatch-85}}{{harbor-85}}{{ledger-dead}}',
      ],
    },
  ],
  casualtyTable: [
    ['28 January 2024', 'Tower 22, Jordan', 'Drone', '3 killed', 'More than 40 wounded'],
    ['25 December 2023', 'Erbil air base, Iraq', 'Drone', 'None', '3 wounded, 1 critically'],
    [
      '20 January 2024',
      'Ain al-Asad, Iraq',
      'Ballistic missiles and rockets',
      'None',
      'Several examined for brain injuries',
    ],
    ['21 November 2023', 'Ain al-Asad, Iraq', 'Close-range ballistic missile', 'None', 'Minor injuries'],
    [
      '17–18 October 2023',
      'Al-Tanf, Syria and Ain al-Asad, Iraq',
      'Drones',
      'None (a contractor died during an alert)',
      '21 injured, most at Al-Tanf',
    ],
  ],
  citations: {
    'dod-count': {
      outlet: 'Capital Dispatch',
      title: 'Pentagon tallies attacks on US troops since October',
      date: '2024-02-06',
    },
    'dispatch-irq': {
      outlet: 'Capital Dispatch',
      title: "Who is the 'Islamic Resistance in Iraq'?",
      date: '2023-11-02',
    },
    'ledger-t22': onSite(ledgerTower22Original),
    'northgate-t22': onSite(northgateTower22Independent),
    'northgate-summary': onSite(northgateTower22Summary),
    'harbor-t22': onSite(harborTower22Rewrite),
    'dispatch-tower22': onSite(dispatchTower22Excerpt),
    'dispatch-85': onSite(dispatchStrikesOriginal),
    'harbor-85': onSite(harborStrikesRewrite),
    'ledger-dead': onSite(ledgerStrikesIndependent),
    'harbor-oct': onSite(harborTanfOriginal),
    'ledger-tanf': onSite(ledgerTanfIndependent),
    'northgate-syria': onSite(northgateTanfIndependent),
    'ledger-method': { outlet: 'The Meridian Ledger', title: 'How we keep this record', date: '2025-07-01' },
    'dispatch-posture': {
      outlet: 'Capital Dispatch',
      title: 'Where US troops are in Iraq and Syria, and why',
      date: '2023-10-30',
    },
    'ledger-2020': {
      outlet: 'The Meridian Ledger',
      title: 'The night Iran fired missiles at Ain al-Asad',
      date: '2021-01-08',
    },
    'ledger-oct': {
      outlet: 'The Meridian Ledger',
      title: 'Militias in Iraq vow to target US forces over Gaza',
      date: '2023-10-18',
    },
    'dispatch-jan20': {
      outlet: 'Capital Dispatch',
      title: 'Ballistic missiles fired at Ain al-Asad; US personnel checked for injuries',
      date: '2024-01-21',
    },
    'ledger-dec25': {
      outlet: 'The Meridian Ledger',
      title: 'Three US troops wounded in drone attack on Erbil base',
      date: '2023-12-25',
    },
    'harbor-dec8': {
      outlet: 'Harbor Wire',
      title: 'Rockets fired at US embassy compound in Baghdad',
      date: '2023-12-08',
    },
    'harbor-kh-pause': {
      outlet: 'Harbor Wire',
      title: 'Kataib Hezbollah says it suspends attacks on US forces',
      date: '2024-01-30',
    },
    'ledger-jan4': {
      outlet: 'The Meridian Ledger',
      title: 'US strike in Baghdad kills militia commander',
      date: '2024-01-04',
    },
    'ledger-pmf': {
      outlet: 'The Meridian Ledger',
      title: 'The Popular Mobilization Forces, explained',
      date: '2024-01-12',
    },
    'dispatch-iran': {
      outlet: 'Capital Dispatch',
      title: "How the Quds Force arms Iraq's militias",
      date: '2024-01-31',
    },
    'harbor-iran': {
      outlet: 'Harbor Wire',
      title: 'Iran denies role in Jordan drone attack',
      date: '2024-01-29',
    },
    'dispatch-nov': {
      outlet: 'Capital Dispatch',
      title: 'US strikes Iran-linked sites in Syria for a third time',
      date: '2023-11-13',
    },
    'harbor-nov': {
      outlet: 'Harbor Wire',
      title: 'US hits Kataib Hezbollah sites after missile attack on Ain al-Asad',
      date: '2023-11-22',
    },
    'harbor-dec3': {
      outlet: 'Harbor Wire',
      title: 'US drone strike kills five militants near Kirkuk',
      date: '2023-12-04',
    },
    'spa-baghdad': {
      outlet: 'Capital Dispatch',
      title: 'US drone strike in Baghdad kills Kataib Hezbollah commander',
      date: '2024-02-07',
      path: '/live/spa/baghdad-strike-kataib-hezbollah-commander',
    },
    'live-asad': {
      outlet: 'Harbor Wire',
      title: 'Rockets strike Ain al-Asad air base in Iraq, injuring US personnel',
      date: '2024-08-05',
      path: '/live/late-body.html',
    },
    'spa-threats': {
      outlet: 'Capital Dispatch',
      title: 'Iraqi militias threaten US bases after American strikes on Iran nuclear sites',
      date: '2025-06-22',
      path: '/live/spa.html',
    },
    'ledger-coalition': {
      outlet: 'The Meridian Ledger',
      title: 'US and Iraq agree timetable to end coalition mission',
      date: '2024-09-27',
    },
    'ledger-after': {
      outlet: 'The Meridian Ledger',
      title: 'A quiet month on US bases, and what it means',
      date: '2024-03-10',
    },
  },
  notes: [
    'The Pentagon counted each launch or salvo at a site as one attack, whether or not it hit anything; militia statements sometimes counted differently.',
    'Dates are local. Several US strikes took place late in the evening in Washington and early the next morning in Iraq and Syria.',
    'Traumatic brain injuries are often diagnosed days after an attack, so injury counts given on the day were usually raised later.',
    'The Islamic Resistance in Iraq also claimed attacks on Israel; those are outside the scope of this page.',
  ],
  furtherReading: [
    { outlet: 'Capital Dispatch', title: 'The long war of the Iraqi militias', date: '2024-02-12' },
    {
      outlet: 'The Meridian Ledger',
      title: 'Life at a desert outpost: a visit to Al-Tanf',
      date: '2023-06-04',
    },
    { outlet: 'Harbor Wire', title: 'Timeline: attacks on US forces since October', date: '2024-01-29' },
    { outlet: 'Northgate News', title: 'Why America still has troops in Syria', date: '2024-02-01' },
    { outlet: 'The Meridian Ledger', title: 'What a drone attack does to the brain', date: '2024-02-15' },
    { outlet: 'Capital Dispatch', title: 'Inside the Higher Military Commission talks', date: '2024-03-02' },
    {
      outlet: 'Harbor Wire',
      title: 'Factbox: the militias in the Islamic Resistance in Iraq',
      date: '2024-01-30',
    },
    {
      outlet: 'The Meridian Ledger',
      title: 'Deterrence, tested: the US response to the militia campaign',
      date: '2024-04-18',
    },
  ],
  mapPins: [
    ['Ain al-Asad', 38, 52],
    ['Baghdad', 58, 58],
    ['Erbil', 56, 26],
    ['Harir', 60, 20],
    ['Al-Tanf', 22, 66],
    ['Tower 22', 18, 70],
    ['Green Village', 28, 34],
    ['Conoco', 30, 30],
    ['Al-Shaddadi', 34, 22],
    ['Rumalyn', 42, 12],
    ['Abu Kamal', 32, 44],
    ['Kirkuk', 58, 36],
  ],
  seeAlso: [
    'Tower 22 drone attack',
    'February 2024 US strikes in Iraq and Syria',
    'Islamic Resistance in Iraq',
    'Kataib Hezbollah',
    'Popular Mobilization Forces',
    'Ain al-Asad air base',
    'Al-Tanf garrison',
    'US military presence in Syria',
  ],
};
