/**
 * Where an advice point's passage stands in a live copy of the text, decided as the server decides
 * `passageNow` (server/domain/advice/passageNow.ts): gone once none of its characters is left,
 * changed when its text differs from the quote taken from the frozen version, unchanged otherwise.
 * Pure.
 */
import type { Node as PMNode } from 'prosemirror-model';
import type { PassageState } from '../../shared/api/advice.js';
import type { PassageRange } from '../comments/commentAnchors.js';

/** The server keeps at most this many characters of a quote (MAX_QUOTE there) and compares that much. */
const QUOTE_LIMIT = 10_000;

/** The passage's state in `doc`; null when its anchors name nothing in this copy (yet). */
export function livePassageState(doc: PMNode, range: PassageRange | null, quote: string): PassageState | null {
  if (range === null) return null;
  // Blocks separated by a newline and outer whitespace dropped, as the server quotes a passage.
  const text = doc.textBetween(range.from, range.to, '\n', '\n').trim().slice(0, QUOTE_LIMIT);
  if (range.deleted || text === '') return 'deleted';
  return text === quote ? 'unchanged' : 'changed';
}
