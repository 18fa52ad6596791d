/**
 * The notice of an amendment's decision: its author and its entity's coordinators learn what became
 * of it (the coordinator submitted it, so it is theirs to report back inside the entity).
 */
import type { AmendmentDecision } from '../../../shared/domain/amendmentRules.js';
import type { AmendmentRecord } from '../../repositories/amendments.js';
import type { NotificationRepository } from '../../repositories/notifications.js';
import type { UserRepository } from '../../repositories/users.js';

/** Notifies the author and the entity's coordinators; call inside the decision's transaction. */
export function notifyAmendmentDecided(
  deps: { users: UserRepository; notifications: NotificationRepository },
  { amendment, decision, at }: { amendment: AmendmentRecord; decision: AmendmentDecision; at: number },
): void {
  const coordinators = deps.users.members(amendment.entityId, ['coordinator']).map((user) => user.id);
  deps.notifications.notify({
    userIds: [amendment.authorUserId, ...coordinators],
    kind: 'amendment_decided',
    subject: `amendment:${amendment.id}`,
    params: { number: amendment.number ?? '', title: amendment.title, decision: `@amendment.status.${decision}` },
    link: `/amendments/${amendment.id}`,
    at,
  });
}
