import type { ArticleSpec } from '../types';
import { harborTower22Rewrite } from './harbor-tower22-rewrite';
import { ledgerTower22Original } from './ledger-tower22-original';
import { northgateTower22Independent } from './northgate-tower22-independent';

/** Every article page of the demo site (on-topic and off-topic), in catalog order. */
export const articles: ArticleSpec[] = [
  ledgerTower22Original,
  harborTower22Rewrite,
  northgateTower22Independent,
];
