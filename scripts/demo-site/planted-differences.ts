import { dispatchStrikesOriginal as e2orig } from './articles/dispatch-strikes-original';
import { dispatchTower22Excerpt as e1excerpt } from './articles/dispatch-tower22-excerpt';
import { harborStrikesRewrite as e2rewrite } from './articles/harbor-strikes-rewrite';
import { harborTanfOriginal as e3orig } from './articles/harbor-tanf-original';
import { harborTower22Rewrite as e1rewrite } from './articles/harbor-tower22-rewrite';
import { ledgerStrikesIndependent as e2indep } from './articles/ledger-strikes-independent';
import { ledgerTanfIndependent as e3ledger } from './articles/ledger-tanf-independent';
import { ledgerTower22Original as e1orig } from './articles/ledger-tower22-original';
import { northgateTanfIndependent as e3northgate } from './articles/northgate-tanf-independent';
import { northgateTower22Independent as e1indep } from './articles/northgate-tower22-independent';
import { northgateTower22Summary as e1summary } from './articles/northgate-tower22-summary';
import type { PlantedDifference } from './types';

/**
 * The differences planted on purpose between reports of the same event. Each occurrence's `text`
 * appears verbatim in the named page's visible body text, so tests (and the e2e suite) can assert on it.
 */
export const plantedDifferences: PlantedDifference[] = [
  {
    id: 'e1-wounded',
    event: 'e1',
    type: 'figure',
    description:
      'Service members wounded at Tower 22: "at least 34" first, "dozens" in the summary, "more than 40" later.',
    occurrences: [
      { path: e1orig.path, text: 'wounding at least 34 service members', value: 34 },
      { path: e1rewrite.path, text: 'at least 34 others were injured', value: 34 },
      { path: e1summary.path, text: 'killed and dozens wounded', value: 24 },
      {
        path: e1excerpt.path,
        text: 'more than 40 service members have now been treated for injuries',
        value: 40,
      },
      {
        path: e1indep.path,
        text: 'more than 40 service members had now been treated for injuries',
        value: 40,
      },
    ],
  },
  {
    id: 'e1-garrison-size',
    event: 'e1',
    type: 'figure',
    description: 'How many US troops Tower 22 houses: "about 350" versus "some 300".',
    occurrences: [
      { path: e1orig.path, text: 'houses about 350 US Army and Air Force personnel', value: 350 },
      { path: e1rewrite.path, text: 'home to about 350 US Army and Air Force personnel', value: 350 },
      { path: e1indep.path, text: 'houses some 300 American troops', value: 300 },
    ],
  },
  {
    id: 'e1-biden-quote',
    event: 'e1',
    type: 'quote',
    description:
      "Biden's vow to respond: quoted exactly by the original and the excerpt, reworded by the rewrite.",
    occurrences: [
      {
        path: e1orig.path,
        text: 'Have no doubt: we will hold all those responsible to account at a time and in a manner of our choosing,',
        source: 'President Biden',
      },
      {
        path: e1excerpt.path,
        text: 'Have no doubt: we will hold all those responsible to account at a time and in a manner of our choosing.',
        source: 'President Biden',
      },
      {
        path: e1rewrite.path,
        text: 'Make no mistake, we will hold everyone responsible accountable at a time and in a way we choose,',
        source: 'Joe Biden',
      },
    ],
  },
  {
    id: 'e1-austin-quote',
    event: 'e1',
    type: 'quote',
    description: "Lloyd Austin's statement, reworded by the rewrite.",
    occurrences: [
      {
        path: e1orig.path,
        text: 'The President and I will not tolerate attacks on American forces, and we will take all necessary actions to defend the US, our troops, and our interests.',
        source: 'Lloyd Austin',
      },
      {
        path: e1rewrite.path,
        text: 'The president and I will not stand for attacks on American troops, and we will take every necessary step to defend the United States, our forces and our interests.',
        source: 'Lloyd Austin',
      },
    ],
  },
  {
    id: 'e1-returning-drone',
    event: 'e1',
    type: 'attribution',
    description:
      'Why air defenses missed the drone: an anonymous official, a named spokesperson, another outlet, vague "officials", or nobody.',
    occurrences: [
      {
        path: e1orig.path,
        text: 'according to a US official who spoke on condition of anonymity',
        source: 'a US official',
      },
      {
        path: e1rewrite.path,
        text: 'Pentagon deputy press secretary Sabrina Singh said the drone approached',
        source: 'Sabrina Singh',
      },
      {
        path: e1excerpt.path,
        text: 'was flying back to the base, according to The Meridian Ledger',
        source: 'The Meridian Ledger',
      },
      {
        path: e1summary.path,
        text: 'The drone reached the base at the same moment as a US surveillance drone was coming back',
        source: null,
      },
      {
        path: e1indep.path,
        text: "slipped past the outpost's defences, officials have said",
        source: 'officials',
      },
    ],
  },
  {
    id: 'e1-footprints',
    event: 'e1',
    type: 'attribution',
    description:
      'Blame for Kataib Hezbollah: unnamed US officials in the original, Pat Ryder in Northgate, "Northgate News reported" in the excerpt.',
    occurrences: [
      { path: e1orig.path, text: 'but several pointed to Kataib Hezbollah', source: 'US officials' },
      {
        path: e1indep.path,
        text: 'Ryder said the strike "has the footprints of Kataib Hezbollah,"',
        source: 'Pat Ryder',
      },
      { path: e1excerpt.path, text: 'Northgate News reported.', source: 'Northgate News' },
    ],
  },
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
