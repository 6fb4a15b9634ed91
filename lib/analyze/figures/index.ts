/** Figures: normalised numbers, amounts and dates in a sentence. */

export { findDates, publishDay } from '@/lib/text/date-mentions';
export { findFigures } from './find-figures';
