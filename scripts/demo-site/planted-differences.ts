import type { PlantedDifference } from './types';

/**
 * The differences planted on purpose between reports of the same event. Each occurrence's `text`
 * appears verbatim in the named page's body text, so tests can assert on it.
 */
export const plantedDifferences: PlantedDifference[] = [
  {
    id: 'e1-wounded',
    event: 'e1',
    type: 'figure',
    description:
      'Number of service members wounded at Tower 22: the first reports say at least 34, a later one more than 40.',
    occurrences: [
      {
        path: '/ledger/2024/01/28/drone-attack-jordan-kills-three-us-soldiers.html',
        text: 'wounding at least 34 service members',
        value: 34,
      },
      {
        path: '/harbor/world/2024/01/29/three-us-troops-killed-jordan-drone.html',
        text: 'at least 34 others were injured',
        value: 34,
      },
      {
        path: '/northgate/world/us-soldiers-killed-tower-22-jordan',
        text: 'more than 40 service members had now been treated for injuries',
        value: 40,
      },
    ],
  },
  {
    id: 'e1-garrison-size',
    event: 'e1',
    type: 'figure',
    description: 'How many US troops Tower 22 houses: about 350 versus some 300.',
    occurrences: [
      {
        path: '/ledger/2024/01/28/drone-attack-jordan-kills-three-us-soldiers.html',
        text: 'houses about 350 US Army and Air Force personnel',
        value: 350,
      },
      {
        path: '/harbor/world/2024/01/29/three-us-troops-killed-jordan-drone.html',
        text: 'home to about 350 US Army and Air Force personnel',
        value: 350,
      },
      {
        path: '/northgate/world/us-soldiers-killed-tower-22-jordan',
        text: 'houses some 300 American troops',
        value: 300,
      },
    ],
  },
  {
    id: 'e1-biden-quote',
    event: 'e1',
    type: 'quote',
    description: "Biden's vow to respond, reworded by the rewrite.",
    occurrences: [
      {
        path: '/ledger/2024/01/28/drone-attack-jordan-kills-three-us-soldiers.html',
        text: 'Have no doubt: we will hold all those responsible to account at a time and in a manner of our choosing,',
        source: 'President Biden',
      },
      {
        path: '/harbor/world/2024/01/29/three-us-troops-killed-jordan-drone.html',
        text: 'Make no mistake, we will hold everyone responsible accountable at a time and in a way we choose,',
        source: 'Biden',
      },
    ],
  },
  {
    id: 'e1-austin-quote',
    event: 'e1',
    type: 'quote',
    description: "Austin's statement, reworded by the rewrite.",
    occurrences: [
      {
        path: '/ledger/2024/01/28/drone-attack-jordan-kills-three-us-soldiers.html',
        text: 'The President and I will not tolerate attacks on American forces, and we will take all necessary actions to defend the US, our troops, and our interests.',
        source: 'Lloyd Austin',
      },
      {
        path: '/harbor/world/2024/01/29/three-us-troops-killed-jordan-drone.html',
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
      'The claim that the attacking drone arrived as a US drone was returning: an anonymous official, then a named spokesperson, then unattributed.',
    occurrences: [
      {
        path: '/ledger/2024/01/28/drone-attack-jordan-kills-three-us-soldiers.html',
        text: 'according to a US official who spoke on condition of anonymity',
        source: 'a US official',
      },
      {
        path: '/harbor/world/2024/01/29/three-us-troops-killed-jordan-drone.html',
        text: 'Pentagon deputy press secretary Sabrina Singh said the drone approached',
        source: 'Sabrina Singh',
      },
      {
        path: '/northgate/world/us-soldiers-killed-tower-22-jordan',
        text: "slipped past the outpost's defences, officials have said",
        source: 'officials',
      },
    ],
  },
];
