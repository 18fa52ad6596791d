/** Starts an amendment: a draft of the actor's entity, forked from the main text as it is now. */
import * as Y from 'yjs';
import type { CreateAmendmentRequest } from '../../../shared/api/amendments.js';
import { canCreateAmendment, MAX_OPEN_DRAFTS_PER_USER } from '../../../shared/domain/amendmentRules.js';
import type { Actor } from '../../../shared/domain/roles.js';
import { documentRoom } from '../../../shared/protocol/rooms.js';
import type { z } from 'zod';
import { conflict, forbidden, notFound, ruleBroken, validationFailed } from '../../errors.js';
import type { AmendmentRecord } from '../../repositories/amendments.js';
import { currentSelectableText } from '../documentText.js';
import { newId } from '../ids.js';
import type { AmendmentDeps } from './deps.js';

/** The new draft. */
export function createAmendment(
  deps: AmendmentDeps,
  { actor, request }: { actor: Actor; request: z.output<typeof CreateAmendmentRequest> },
): AmendmentRecord {
  const document = deps.dossier.document(request.documentId);
  if (!document) throw notFound('Document');
  if (!canCreateAmendment(actor)) throw forbidden('Only contributors, coordinators and leads of an entity draft amendments.');
  if (deps.amendments.openDraftsOf(actor.userId) >= MAX_OPEN_DRAFTS_PER_USER) {
    throw conflict('too_many_drafts', `You have ${MAX_OPEN_DRAFTS_PER_USER} drafts open: submit or withdraw one first.`);
  }
  const sectionId = request.sectionId ?? null;
  if (sectionId !== null && !document.sections.some((section) => section.id === sectionId)) {
    throw validationFailed(`sectionId: "${sectionId}" is not a section of ${document.short}.`);
  }
  // The quoted passage is shown to everyone once submitted: it must be text of this document.
  const passage = request.passage?.trim() || null;
  const flat = (text: string) => text.replace(/\s+/g, ' ').trim();
  if (passage !== null && !flat(currentSelectableText(deps.rooms, document.id)).includes(flat(passage))) {
    throw ruleBroken('passage_not_in_text', `The quoted passage is not in the text of ${document.short}.`);
  }
  // Read together, in one synchronous step: no update can commit between the snapshot and the number.
  const { baseSnapshot, baseSeq } = deps.rooms.read(documentRoom(document.id), (main) => ({
    baseSnapshot: Y.encodeSnapshot(main.snapshot()),
    baseSeq: deps.amendments.lastSeq(documentRoom(document.id)),
  }));
  const id = newId();
  const at = deps.clock.now();
  deps.db.transaction(() => {
    deps.amendments.insert({
      id,
      documentId: document.id,
      sectionId,
      passage,
      title: request.title,
      justification: request.justification,
      authorUserId: actor.userId,
      entityId: actor.entityId,
      baseSnapshot,
      baseSeq,
      at,
    });
    deps.audit.record({ userId: actor.userId, action: 'amendment.created', subject: `amendment:${id}`, detail: { documentId: document.id, sectionId }, at });
  }).immediate();
  return deps.amendments.get(id)!;
}
