import type { ArticleSpec } from '../types';

/** Event 2, an independent report from the region: casualties and Iraqi reaction. */
export const ledgerStrikesIndependent: ArticleSpec = {
  path: '/ledger/2024/02/03/iraq-syria-count-dead-after-us-strikes.html',
  outlet: 'ledger',
  title: 'Iraq and Syria count their dead after wave of US strikes',
  kind: 'article',
  event: 'e2',
  role: 'independent',
  publishedTime: '2024-02-03T16:20:00Z',
  schemaOrg: true,
  openGraph: true,
  dateDisplay: 'time',
  section: 'Middle East',
  byline: 'Omar Haddad',
  dateline: 'BAGHDAD',
  standfirst:
    'Iraqi officials said civilians were among those killed near al-Qaim; Washington said more strikes would follow.',
  paragraphs: [
    'Iraqi officials said on Saturday that 16 people, including civilians, were killed and 25 wounded when American warplanes bombed positions along the Syrian border overnight, as the region braced for more strikes from a US campaign that officials in Washington said had only begun.',
    'Basim al-Awadi, a spokesman for the Iraqi government, called the strikes "a new aggression against Iraq\'s sovereignty" and said Washington had not informed Baghdad ahead of time, rejecting US statements to the contrary.',
    'In Syria, the Syrian Observatory for Human Rights, a monitoring group based in Britain, said at least 23 pro-Iranian fighters had been killed in strikes on the desert around Deir ez-Zor and the border town of al-Bukamal. None were Syrian army soldiers, the group said.',
    "The US military said its aircraft struck 85 targets at seven sites, including command posts, weapons stores and drone launch sites belonging to the Quds Force, the foreign arm of Iran's Islamic Revolutionary Guard Corps, and the militias it supports.",
    '## Funerals in al-Qaim',
    'In al-Qaim, a town on the Euphrates where the Popular Mobilization Forces keep several bases, mourners carried coffins draped in Iraqi flags through the streets. The Popular Mobilization Forces, a state-sanctioned umbrella of mostly Shiite armed groups, said some of its members were among the dead.',
    'The strikes lasted about half an hour and involved long-range bombers that took off from the United States. Residents described the explosions as the heaviest they had heard since the war against the Islamic State group.',
    '"Our response began today," President Biden said in a statement Friday. "It will continue at times and places of our choosing." He added that the United States does not seek conflict in the Middle East.',
    '## Tehran warns, militias vow to fight on',
    'Iran condemned the attacks. Foreign ministry spokesman Nasser Kanaani called them "another adventurous and strategic mistake" by the United States that would increase tension and instability in the region.',
    'Harakat al-Nujaba, one of the militias that form the Islamic Resistance in Iraq, said attacks on American forces would continue. Kataib Hezbollah, which US officials hold responsible for the drone strike in Jordan, did not immediately comment; the group said earlier in the week that it had suspended its operations.',
    'Iraqi Prime Minister Mohammed Shia al-Sudani has been under pressure to negotiate an exit for the roughly 2,500 US troops in the country, who remain as part of a coalition against the Islamic State. His government said the strikes would make those talks harder.',
    'In Washington, National Security Council spokesman John Kirby said the strikes had been planned carefully to limit harm to civilians. "This was the beginning of our response, and there are more steps to come," he said.',
    "Analysts said the strikes were designed to punish without provoking a direct war with Iran. By hitting targets only in Iraq and Syria and giving days of warning, Washington left militia leaders time to move, they said, which could limit the damage to the groups' capabilities.",
    "Iraq said it would summon the American chargé d'affaires to lodge a formal protest.",
  ],
};
