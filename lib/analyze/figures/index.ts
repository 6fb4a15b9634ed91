/** Figures: normalised numbers, amounts and dates in a sentence. */

export { findDates, publishDay } from './dates';
export { findFigures } from './find-figures';
