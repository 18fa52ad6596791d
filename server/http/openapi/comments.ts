/** OpenAPI paths of comment threads. */
import type { PathItems } from './helpers.js';

/** The paths of comment threads. */
export const commentPaths: PathItems = {};
