import type { ArticleSpec } from '../types';

/** Off-topic: a science story with real article structure. */
export const ledgerScienceDeepSea: ArticleSpec = {
  path: '/ledger/2024/03/14/deep-sea-nodules-oxygen-study.html',
  outlet: 'ledger',
  title: 'Metal nodules on the seafloor may make their own oxygen, researchers report',
  kind: 'offtopic',
  publishedTime: '2024-03-14T15:00:00Z',
  schemaOrg: true,
  openGraph: true,
  dateDisplay: 'time',
  section: 'Science',
  byline: 'Ingrid Solberg',
  standfirst: 'If confirmed, the finding could complicate plans to mine the deep ocean for battery metals.',
  imageCaption:
    'Potato-sized nodules cover large stretches of the abyssal plain. Illustration: Ledger graphics desk.',
  paragraphs: [
    'Lumps of metal scattered across the floor of the Pacific Ocean appear to produce oxygen in complete darkness, a team of marine scientists reported this week, a result that challenges the textbook view that only living organisms using sunlight make the gas on a large scale.',
    'The researchers placed sealed chambers on the seabed at depths of about 4,000 meters in the Clarion-Clipperton Zone, a vast plain between Hawaii and Mexico. They expected oxygen inside the chambers to fall as microbes consumed it. Instead, it rose.',
    'The team suspects that the nodules, which are rich in manganese, nickel and cobalt, behave like tiny batteries. Measurements showed voltages of up to 0.95 volts on the surface of some nodules, and the scientists think that may be enough, when several sit close together, to split seawater into hydrogen and oxygen.',
    '"When we first saw the data, I assumed the sensors were broken," said the study\'s lead author, a seafloor ecologist. "We recalibrated them and got the same answer again and again."',
    '## A mining fight',
    'The nodules are a target for companies that want to mine them for metals used in electric car batteries. The International Seabed Authority, which regulates mining in international waters, is negotiating rules that could allow commercial extraction to begin within a few years.',
    'Environmental groups said the study showed how little is known about deep-sea ecosystems. More than 800 marine scientists have signed a statement calling for a pause on deep-sea mining until its effects are better understood.',
    'A spokesperson for one mining company said the findings were preliminary and that the company would review them. Other researchers cautioned that the oxygen could come from contamination or from a process the team had not considered.',
    '## What comes next',
    'The researchers plan to return to the site next year with instruments designed to measure electrical currents directly on the nodules over several weeks. They also want to know whether the oxygen supports animals living around the nodules, such as sponges, sea cucumbers and anemones.',
    'Independent scientists who reviewed the paper said the result was surprising but plausible. One geochemist noted that electrochemical reactions on mineral surfaces are well known in laboratories, and that the deep sea might simply be a place where nobody had thought to look for them.',
    'The paper was published in a peer-reviewed journal after two rounds of review. The data and the code used to analyse it have been made public so that other groups can test the conclusions.',
    'If the finding holds up, it may also change how scientists think about the origins of life on Earth. Oxygen produced without sunlight would mean that some early ecosystems could have had more of the gas available than models now assume.',
  ],
};
