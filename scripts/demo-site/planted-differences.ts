import { plantedE1 } from './planted-e1';
import { plantedE2E3 } from './planted-e2-e3';
import type { PlantedDifference } from './types';

/**
 * The differences planted on purpose between reports of the same event. Each occurrence's `text`
 * appears verbatim in the named page's visible body text, so tests (and the e2e suite) can assert on it.
 * Figure values are lower bounds: "at least 34" is 34, "more than 40" is 40, "dozens" and "two dozen" are 24.
 */
export const plantedDifferences: PlantedDifference[] = [...plantedE1, ...plantedE2E3];
