import { dispatchTower22Excerpt as e1excerpt } from './articles/dispatch-tower22-excerpt';
import { harborTower22Rewrite as e1rewrite } from './articles/harbor-tower22-rewrite';
import { ledgerTower22Original as e1orig } from './articles/ledger-tower22-original';
import { northgateTower22Independent as e1indep } from './articles/northgate-tower22-independent';
import { northgateTower22Summary as e1summary } from './articles/northgate-tower22-summary';
import type { PlantedDifference } from './types';

/** Differences planted between the five Tower 22 reports (event 1). */
export const plantedE1: PlantedDifference[] = [
  {
    id: 'e1-wounded',
    event: 'e1',
    type: 'figure',
    description:
      'Service members wounded at Tower 22: "at least 34" first, "dozens" in the summary, "more than 40" later (the excerpt quotes the 34 and reports the 40; the 40 is recorded for it).',
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
];
