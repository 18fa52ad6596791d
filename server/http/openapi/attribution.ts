/** OpenAPI paths of "who wrote what" and contribution statistics. */
import type { PathItems } from './helpers.js';

/** The paths of "who wrote what" and contribution statistics. */
export const attributionPaths: PathItems = {};
