/** The stories the dynamic pages insert with their own scripts (plain text; inserted with textContent). */
export interface LiveStory {
  /** The address the story lives at (the SPA switches between them with pushState). */
  path: string;
  title: string;
  byline: string;
  publishedTime: string;
  paragraphs: string[];
}

/** Loaded ~800 ms after the page: the Aug 5, 2024 rocket attack on Ain al-Asad. */
export const lateBodyStory: LiveStory = {
  path: '/live/late-body.html',
  title: 'Rockets strike Ain al-Asad air base in Iraq, injuring US personnel',
  byline: 'Lena Marsh',
  publishedTime: '2024-08-05T22:10:00Z',
  paragraphs: [
    'At least two rockets hit Ain al-Asad air base in western Iraq on Monday, injuring several US service members and contractors, US officials said, as the region braced for Iranian retaliation against Israel over the killing of a Hamas leader in Tehran.',
    'Five American troops and two US contractors were hurt, one of them seriously, according to a defense official who was not authorized to speak publicly. Base personnel were still assessing damage late Monday.',
    'The Katyusha-style rockets were fired from a truck parked a few kilometers from the base, Iraqi security officials said. Iraqi forces later found the launcher and said they were searching for those responsible.',
    'No group immediately claimed the attack. Militias aligned with Iran had largely halted attacks on US troops since February, after American strikes killed a senior Kataib Hezbollah commander in Baghdad.',
    'Defense Secretary Lloyd Austin spoke with his Israeli counterpart, Yoav Gallant, after the attack and reiterated that the United States would defend its personnel and Israel, the Pentagon said.',
    'National Security Council spokesman John Kirby said officials were still working to understand what had happened. "We are going to take the time to find out exactly who was behind this," he said, adding that Washington would respond at a time and place of its choosing if needed.',
    'A day earlier, US forces shot down a drone near the Syrian garrison at Al-Tanf. The Pentagon has sent additional warships and fighter squadrons to the Middle East in recent days.',
  ],
};

/** The SPA's first article: June 2025 militia threats after US strikes on Iranian nuclear sites. */
export const spaStoryA: LiveStory = {
  path: '/live/spa.html',
  title: 'Iraqi militias threaten US bases after American strikes on Iran nuclear sites',
  byline: 'Priya Raman',
  publishedTime: '2025-06-22T17:30:00Z',
  paragraphs: [
    'Iran-aligned armed groups in Iraq warned on Sunday that American troops in the region had become legitimate targets, hours after US bombers struck three Iranian nuclear facilities at Fordow, Natanz and Isfahan.',
    'Kataib Hezbollah said in a statement that US bases and interests would be attacked if Washington joined the war against Iran. Harakat al-Nujaba said its fighters were ready to act and were awaiting what it called the decision of the resistance.',
    'The Pentagon said US forces in Iraq, Syria and the Gulf had been placed on a heightened state of alert. About 2,500 US troops remain in Iraq, including at Ain al-Asad air base and in Erbil.',
    'Defense Secretary Pete Hegseth said the strikes were aimed at Iran\'s nuclear program and not at Iranian troops or people. "This mission was not and has not been about regime change," he told reporters at the Pentagon.',
    'The Iraqi government urged all sides to show restraint and said it would not allow its territory to be used to attack neighboring countries. Officials in Baghdad said they were in contact with militia leaders to prevent attacks.',
  ],
};

/** The SPA's second article: the Feb 7, 2024 strike in Baghdad that killed a Kataib Hezbollah commander. */
export const spaStoryB: LiveStory = {
  path: '/live/spa/baghdad-strike-kataib-hezbollah-commander',
  title: 'US drone strike in Baghdad kills Kataib Hezbollah commander',
  byline: 'Marcus Bell',
  publishedTime: '2024-02-07T21:15:00Z',
  paragraphs: [
    'A US drone strike on a car in eastern Baghdad on Wednesday killed a senior commander of Kataib Hezbollah whom the Pentagon held responsible for planning attacks on American troops, including the strike in Jordan that killed three soldiers.',
    'US Central Command said the commander, Abu Baqir al-Saadi, was directly responsible for planning and taking part in attacks on US forces in the region. It said there were no signs of civilian casualties.',
    'Two other people in the vehicle were also killed, according to Iraqi security officials. Crowds gathered around the burned wreckage in the Mashtal district shortly after the strike.',
    'The Iraqi military called the strike a blatant assassination and a violation of Iraqi sovereignty. A spokesman said such actions would push Iraq toward a dangerous path.',
    'The strike came five days after US bombers hit 85 targets in Iraq and Syria. Kataib Hezbollah had announced a suspension of its attacks on US forces a week earlier.',
  ],
};
