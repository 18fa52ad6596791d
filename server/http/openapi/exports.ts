/** OpenAPI paths of DOCX exports. */
import type { PathItems } from './helpers.js';

/** The paths of DOCX exports. */
export const exportPaths: PathItems = {};
