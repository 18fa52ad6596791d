/**
 * A lead opens a contribution round on one or both documents, at least one of which their entity
 * leads (the other's lead then runs the round with them), inviting top-level entities by a deadline
 * in Brussels time. Each invited entity gets its (empty, private) package at once, and the people who
 * act for it (coordinators, contributors, its leads) are told.
 */
import type { z } from 'zod';
import type { OpenRoundRequest } from '../../../shared/api/contributions.js';
import { canOpenRound, canOpenRoundOn } from '../../../shared/domain/contributionRules.js';
import type { Actor } from '../../../shared/domain/roles.js';
import { formatBelgianDateTime } from '../../../shared/format/dates.js';
import { forbidden, ruleBroken } from '../../errors.js';
import type { RoundRecord } from '../../repositories/contributionRounds.js';
import { newId } from '../ids.js';
import { deadlineInstant } from '../deadlineInput.js';
import type { ContributionDeps } from './deps.js';
import { draftersOf, roundLink } from './recipients.js';

/** The new round. */
export function openRound(deps: ContributionDeps, { actor, request }: { actor: Actor; request: z.output<typeof OpenRoundRequest> }): RoundRecord {
  if (!canOpenRound(actor)) throw forbidden('Only a lead opens contribution rounds.');
  const documentIds = [...new Set(request.documentIds)];
  const documents = documentIds.map((documentId) => {
    const document = deps.dossier.document(documentId);
    if (!document) throw ruleBroken('unknown_document', `There is no document "${documentId}".`);
    return document;
  });
  if (!canOpenRoundOn(actor, documents.map((document) => document.leadEntityId))) {
    const names = documents.map((document) => `${document.short} (${document.leadEntityName})`).join(', ');
    throw forbidden(`A round is opened by a lead of one of its documents: ${names}.`);
  }
  const entities = deps.dossier.entities();
  const entityIds = [...new Set(request.entityIds)];
  for (const entityId of entityIds) {
    const entity = entities.find((candidate) => candidate.id === entityId);
    if (!entity) throw ruleBroken('unknown_entity', `There is no entity "${entityId}".`);
    if (entity.parentId !== null) {
      throw ruleBroken('not_top_level', `${entity.name} is a sub-unit: invite its entity; its coordinator gathers the sub-units' input.`);
    }
  }
  const at = deps.clock.now();
  const deadlineAt = deadlineInstant(request.deadline, at);
  const id = newId();
  deps.db.transaction(() => {
    deps.rounds.insert({
      id,
      dossierId: deps.dossier.dossierId,
      title: request.title,
      instructions: request.instructions,
      deadlineAt,
      leadEntityId: actor.entityId,
      createdBy: actor.userId,
      documentIds,
      entityIds,
      at,
    });
    deps.contributions.insertDrafts(id, entityIds.map((entityId) => ({ id: newId(), entityId })), at);
    deps.audit.record({
      userId: actor.userId,
      action: 'contribution_round.opened',
      subject: `contribution-round:${id}`,
      detail: { title: request.title, documentIds, entityIds, deadlineAt },
      at,
    });
    deps.notifications.notify({
      userIds: entityIds.flatMap((entityId) => draftersOf(deps, entityId)),
      kind: 'round_opened',
      subject: `contribution-round:${id}`,
      params: { round: request.title, deadline: formatBelgianDateTime(deadlineAt) },
      link: roundLink(id),
      at,
    });
    // The lead of another document in the round runs it too: they process what comes in on their text.
    const opener = entities.find((entity) => entity.id === actor.entityId)?.name ?? actor.entityId;
    for (const document of documents.filter((candidate) => candidate.leadEntityId !== actor.entityId)) {
      deps.notifications.notify({
        userIds: deps.users.members(document.leadEntityId, ['lead']).map((user) => user.id),
        kind: 'round_opened_on_document',
        subject: `contribution-round:${id}`,
        params: { opener, round: request.title, document: document.short, deadline: formatBelgianDateTime(deadlineAt) },
        link: roundLink(id),
        at,
      });
    }
  }).immediate();
  return deps.rounds.get(id)!;
}
