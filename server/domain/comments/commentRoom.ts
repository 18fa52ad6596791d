/**
 * The room a comment is on, as a user reaches it: their access and the document it belongs to.
 * A room the user may not read answers exactly like one that does not exist, so comments inside
 * another entity's draft amendment (their list, their count, one by id) are as private as the draft.
 */
import type { CommentRoomFacts } from '../../../shared/domain/commentRules.js';
import { parseRoomName } from '../../../shared/protocol/rooms.js';
import { notFound } from '../../errors.js';
import type { DocumentRecord } from '../../repositories/dossier.js';
import type { UserRecord } from '../../repositories/users.js';
import { roomAccessFor } from '../roomAccess.js';
import type { CommentDeps } from './deps.js';

/** A readable room, with the facts the comment rules need. */
export interface CommentRoom extends CommentRoomFacts {
  name: string;
  document: DocumentRecord;
}

/** The room if the user may read it; a 404 (`what` not found) otherwise. */
export function readableCommentRoom(deps: Pick<CommentDeps, 'dossier' | 'amendments'>, user: UserRecord, name: string, what: string): CommentRoom {
  const access = roomAccessFor(user, name, deps);
  const room = parseRoomName(name);
  const documentId = room?.kind === 'doc' ? room.documentId : room ? deps.amendments.get(room.amendmentId)?.documentId : undefined;
  const document = documentId === undefined ? null : deps.dossier.document(documentId);
  if (access === 'unknown' || access === 'none' || !document) throw notFound(what);
  return { name, access, document };
}
