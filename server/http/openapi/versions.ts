/** OpenAPI paths of versions and comparisons. */
import type { PathItems } from './helpers.js';

/** The paths of versions and comparisons. */
export const versionPaths: PathItems = {};
