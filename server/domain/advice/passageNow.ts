/**
 * Where anchored points' passages are in the main text as it is now: their two relative positions
 * (made against the frozen version, whose structs the main text shares) resolved in the live room.
 * Gone when an end names nothing any more or no text is left between them; changed when the text
 * between them differs from the quote taken in the version; unchanged otherwise.
 */
import type { PassageState } from '../../../shared/api/advice.js';
import type { CommentAnchor } from '../../../shared/api/comments.js';
import { documentRoom } from '../../../shared/protocol/rooms.js';
import { passageResolver, quoteOf } from './adviceAnchors.js';
import type { AdviceDeps } from './deps.js';

/** A passage as the main text holds it now. */
export interface PassageNow {
  state: PassageState;
  /** Its text now ('' once deleted). */
  text: string;
}

/** The point's passage now, by point id; general points (no anchor) are left out. */
export function passagesNow(
  deps: Pick<AdviceDeps, 'rooms'>,
  documentId: string,
  points: readonly { id: string; anchor: CommentAnchor | null; quote: string | null }[],
): Map<string, PassageNow> {
  const anchored = points.filter((point) => point.anchor !== null);
  const found = new Map<string, PassageNow>();
  if (anchored.length === 0) return found;
  // One read of the room for all points: its ProseMirror document is built once.
  deps.rooms.read(documentRoom(documentId), (room) => {
    const resolve = passageResolver(room.doc);
    for (const point of anchored) {
      const passage = resolve(point.anchor!);
      const text = passage === null ? '' : quoteOf(passage.text);
      const state: PassageState = text === '' ? 'deleted' : text === point.quote ? 'unchanged' : 'changed';
      found.set(point.id, { state, text });
    }
  });
  return found;
}
