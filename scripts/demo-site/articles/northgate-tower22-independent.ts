import type { ArticleSpec } from '../types';

/** Event 1, an independent report with its own sources and some different figures. */
export const northgateTower22Independent: ArticleSpec = {
  path: '/northgate/world/us-soldiers-killed-tower-22-jordan',
  outlet: 'northgate',
  title: 'Families mourn three reservists killed in Jordan drone strike as Pentagon raises injury toll',
  kind: 'article',
  event: 'e1',
  role: 'independent',
  publishedTime: '2024-01-31T07:30:00Z',
  schemaOrg: false,
  openGraph: false,
  dateDisplay: 'text',
  section: 'World',
  byline: 'Rachel Ostrowski, Defence Correspondent',
  dateline: 'FORT MOORE, Georgia',
  paragraphs: [
    'The Pentagon has named the three Army reservists killed when a drone hit their base in Jordan, and said more than 40 service members had now been treated for injuries from the weekend attack, a higher number than officials first gave.',
    'Sergeant William Jerome Rivers, 46, Specialist Kennedy Ladon Sanders, 24, and Specialist Breonna Alexsondria Moffett, 23, all served with the 718th Engineer Company, an Army Reserve unit from Fort Moore in Georgia. Sanders and Moffett had been promoted to sergeant posthumously, the Army said.',
    'Brigadier General Pat Ryder, the Pentagon press secretary, said the count of wounded had grown because troops with delayed symptoms of traumatic brain injury were still coming forward. "The number may continue to change as we evaluate our personnel," Ryder told reporters at the Pentagon.',
    "The attack struck Tower 22, a small base in Jordan's northeast that houses some 300 American troops and sits a short drive from the Al-Tanf garrison in Syria.",
    '## Who is behind it',
    'Ryder said the strike "has the footprints of Kataib Hezbollah," the Iraqi militia that Washington has long accused of acting on behalf of Iran\'s Islamic Revolutionary Guard Corps. He stopped short of saying the group carried it out alone, noting that several militias operate under the banner of the Islamic Resistance in Iraq.',
    "A drone that approached as a US surveillance aircraft was coming back to the base slipped past the outpost's defences, officials have said. Investigators were examining whether crews had time to distinguish between the two.",
    'National Security Council spokesman John Kirby said the United States was not seeking a war with Iran but would respond firmly. "We are not looking for a wider conflict in the region, but we will do what we have to do to protect ourselves," Kirby said at the White House.',
    'On Tuesday evening, Kataib Hezbollah announced that it was suspending military operations against US forces to avoid "embarrassing" the Iraqi government. Pentagon officials said they would judge the group by its actions rather than its statements.',
    '## Grief at home',
    'In Carrollton, Georgia, friends of Sergeant Rivers described a quiet man who had served for more than two decades and had recently been talking about retirement. Flags on state buildings were lowered to half-staff on the order of Governor Brian Kemp.',
    "Specialist Moffett's mother told a local television station that her daughter had joined the reserve to pay for college and had called home a day before the attack to say she was fine. Sanders, from Waycross, had been a high school athlete who enlisted after graduation.",
    'Defense Secretary Lloyd Austin, speaking for the first time on camera since returning to work after surgery, said the United States would respond to the deaths at a time of its choosing. He said the Pentagon would "take all necessary actions" to defend American forces.',
    'Officials said at least eight of the injured had been flown to Baghdad and then on to Germany for further treatment. All were reported to be in stable condition.',
  ],
};
