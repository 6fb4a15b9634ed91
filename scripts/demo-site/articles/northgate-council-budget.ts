import type { ArticleSpec } from '../types';

/** Off-topic: a city council budget story with real article structure. */
export const northgateCouncilBudget: ArticleSpec = {
  path: '/northgate/local/council-approves-budget-bus-routes',
  outlet: 'northgate',
  title: 'Council approves £412m budget with cuts to bus routes and a rise in parking charges',
  kind: 'offtopic',
  publishedTime: '2024-02-28T18:20:00Z',
  schemaOrg: true,
  openGraph: true,
  dateDisplay: 'time',
  section: 'Local',
  byline: 'Tom Prideaux, Local Democracy Reporter',
  dateline: 'NORTHGATE',
  paragraphs: [
    'Northgate City Council approved a £412 million budget on Wednesday night after a four-hour meeting in which opposition members tried and failed to reverse cuts to three subsidised bus routes.',
    'The budget raises council tax by 4.99 per cent, the maximum allowed without a local referendum, and increases parking charges in the city centre by 20p an hour from April. A band D household will pay about £96 more a year.',
    'Councillor Helen Abara, the cabinet member for finance, said the authority had been forced to make savings of £18.6 million because of rising demand for adult social care and children\'s services. "Nobody came into local politics to close bus routes," she told the chamber. "But the alternative was to cut care for the people who need it most."',
    'The routes to be withdrawn serve the Eastfield estate, the hospital and the villages of Brampton and Low Moor. The council said passengers on those routes averaged fewer than nine per journey and cost £4.20 each to subsidise.',
    '## Opposition amendment defeated',
    'An amendment tabled by the Liberal Democrat group, which proposed funding the routes by delaying the refurbishment of the civic centre, was defeated by 31 votes to 22. Group leader Martin Shaw said pensioners in the villages would be cut off. "For some of my residents that bus is the only way to see a doctor," he said.',
    'Dozens of campaigners gathered outside the town hall before the meeting with banners reading "Save the 42". A petition against the cuts has gathered more than 6,000 signatures.',
    "The budget also includes £7 million for pothole repairs, £2.5 million to expand the city's food waste collection to every household and a new apprenticeship scheme for 120 young people.",
    '## Reserves running low',
    "The council's chief finance officer warned that general reserves would fall to £14 million by the end of the next financial year, close to the minimum she considers safe. Several councils in England have issued notices in the past two years that effectively declare them unable to balance their budgets.",
    "Business groups welcomed the pothole spending but criticised the parking increase. The chair of the Northgate Traders' Association said footfall in the city centre was still below pre-pandemic levels and higher charges would push shoppers towards out-of-town retail parks.",
    'Residents will be able to comment on the timetable changes at drop-in sessions at the central library and Eastfield community centre next month. The new charges take effect on 1 April.',
    'The council will publish a detailed breakdown of the budget on its website next week.',
    "The vote came a week after the council's scrutiny committee asked officers to look again at the bus cuts. Officers said a review had found no cheaper way to keep the routes running without raising fares on the rest of the network.",
  ],
};
