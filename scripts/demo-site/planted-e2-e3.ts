import { dispatchStrikesOriginal as e2orig } from './articles/dispatch-strikes-original';
import { harborStrikesRewrite as e2rewrite } from './articles/harbor-strikes-rewrite';
import { harborTanfOriginal as e3orig } from './articles/harbor-tanf-original';
import { ledgerStrikesIndependent as e2indep } from './articles/ledger-strikes-independent';
import { ledgerTanfIndependent as e3ledger } from './articles/ledger-tanf-independent';
import { northgateTanfIndependent as e3northgate } from './articles/northgate-tanf-independent';
import type { PlantedDifference } from './types';

/** Differences planted between the reports of the Feb 2024 strikes (e2) and the Oct 2023 drone attacks (e3). */
export const plantedE2E3: PlantedDifference[] = [
  {
    id: 'e2-sites',
    event: 'e2',
    type: 'figure',
    description: 'Facilities struck: seven in the original and the independent report, six in the rewrite.',
    occurrences: [
      {
        path: e2orig.path,
        text: 'The strikes hit seven facilities, four in Syria and three in Iraq',
        value: 7,
      },
      { path: e2rewrite.path, text: 'at six sites in the two countries', value: 6 },
      { path: e2indep.path, text: 'its aircraft struck 85 targets at seven sites', value: 7 },
    ],
  },
  {
    id: 'e2-munitions',
    event: 'e2',
    type: 'figure',
    description: 'Munitions used: "more than 125" versus "about 120".',
    occurrences: [
      { path: e2orig.path, text: 'more than 125 precision munitions', value: 125 },
      { path: e2rewrite.path, text: 'About 120 munitions were dropped', value: 120 },
    ],
  },
  {
    id: 'e2-kirby-quote',
    event: 'e2',
    type: 'quote',
    description: "John Kirby's remark, in three wordings.",
    occurrences: [
      {
        path: e2orig.path,
        text: 'This is the start of our response, and there will be additional steps, some of which you will see and some of which you may not,',
        source: 'John Kirby',
      },
      {
        path: e2rewrite.path,
        text: 'This is just the beginning of our response, and there will be more steps, some visible and some not,',
        source: 'John Kirby',
      },
      {
        path: e2indep.path,
        text: 'This was the beginning of our response, and there are more steps to come,',
        source: 'John Kirby',
      },
    ],
  },
  {
    id: 'e2-duration',
    event: 'e2',
    type: 'attribution',
    description:
      'How long the strikes lasted: Lt. Gen. Douglas Sims, then "a US official", then unattributed.',
    occurrences: [
      { path: e2orig.path, text: 'The bombing lasted about 30 minutes, he said.', source: 'Douglas Sims' },
      {
        path: e2rewrite.path,
        text: 'The operation lasted roughly 30 minutes, a US official said',
        source: 'a US official',
      },
      { path: e2indep.path, text: 'The strikes lasted about half an hour', source: null },
    ],
  },
  {
    id: 'e3-injured',
    event: 'e3',
    type: 'figure',
    description:
      'US troops injured in the October 2023 drone attacks: 21 (20 at Al-Tanf) versus "two dozen".',
    occurrences: [
      { path: e3ledger.path, text: 'Twenty-one American service members were injured', value: 21 },
      { path: e3ledger.path, text: '20 of the troops were hurt at the Al-Tanf garrison', value: 20 },
      { path: e3northgate.path, text: 'have left two dozen US troops injured', value: 24 },
    ],
  },
  {
    id: 'e3-drones-tanf',
    event: 'e3',
    type: 'figure',
    description: 'Drones launched at Al-Tanf: two versus three.',
    occurrences: [
      { path: e3orig.path, text: 'Two drones targeted the Al-Tanf garrison', value: 2 },
      { path: e3ledger.path, text: 'where two one-way attack drones struck', value: 2 },
      { path: e3northgate.path, text: 'three drones were launched at the base', value: 3 },
    ],
  },
  {
    id: 'e3-ryder-quote',
    event: 'e3',
    type: 'quote',
    description: "Pat Ryder's warning, in two wordings.",
    occurrences: [
      {
        path: e3orig.path,
        text: 'We are not going to hesitate to take whatever measures are needed to protect American and coalition forces',
        source: 'Pat Ryder',
      },
      {
        path: e3ledger.path,
        text: 'will not hesitate to take all necessary measures to defend U.S. and coalition forces against any threat.',
        source: 'Pat Ryder',
      },
    ],
  },
  {
    id: 'e3-contractor',
    event: 'e3',
    type: 'attribution',
    description:
      "The contractor's death during a false alarm: Pat Ryder, then credited to Harbor Wire, then unattributed.",
    occurrences: [
      {
        path: e3orig.path,
        text: 'during a false alarm about an incoming drone at Ain al-Asad, Ryder said',
        source: 'Pat Ryder',
      },
      {
        path: e3ledger.path,
        text: 'according to Harbor Wire, which first reported the death',
        source: 'Harbor Wire',
      },
      {
        path: e3northgate.path,
        text: 'A US contractor died from a heart attack while sheltering during a false alarm at Ain al-Asad.',
        source: null,
      },
    ],
  },
];
