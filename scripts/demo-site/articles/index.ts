import type { ArticleSpec } from '../types';
import { dispatchStrikesOriginal } from './dispatch-strikes-original';
import { dispatchTower22Excerpt } from './dispatch-tower22-excerpt';
import { harborStrikesRewrite } from './harbor-strikes-rewrite';
import { harborTanfOriginal } from './harbor-tanf-original';
import { harborTower22Rewrite } from './harbor-tower22-rewrite';
import { ledgerScienceDeepSea } from './ledger-science-deep-sea';
import { ledgerStrikesIndependent } from './ledger-strikes-independent';
import { ledgerTanfIndependent } from './ledger-tanf-independent';
import { ledgerTower22Original } from './ledger-tower22-original';
import { northgateCouncilBudget } from './northgate-council-budget';
import { northgateTanfIndependent } from './northgate-tanf-independent';
import { northgateTower22Independent } from './northgate-tower22-independent';
import { northgateTower22Summary } from './northgate-tower22-summary';

/** Every article page of the demo site (on-topic and off-topic), in catalog order. */
export const articles: ArticleSpec[] = [
  // Event 1: Tower 22 drone attack, Jordan, Jan 28 2024.
  ledgerTower22Original,
  harborTower22Rewrite,
  dispatchTower22Excerpt,
  northgateTower22Summary,
  northgateTower22Independent,
  // Event 2: US retaliatory strikes in Iraq and Syria, Feb 2 2024.
  dispatchStrikesOriginal,
  harborStrikesRewrite,
  ledgerStrikesIndependent,
  // Event 3: drone attacks at Al-Tanf and Ain al-Asad, Oct 2023.
  harborTanfOriginal,
  ledgerTanfIndependent,
  northgateTanfIndependent,
  // Off-topic.
  northgateCouncilBudget,
  ledgerScienceDeepSea,
];
