import type { ReferenceSpec } from '../types';
import { ledgerReferenceAttacks } from './ledger-reference-attacks';

/** Long encyclopedia-style pages: big enough that Parallax extracts them off the page's main thread. */
export const referencePages: ReferenceSpec[] = [ledgerReferenceAttacks];
