/**
 * Whom a round's notifications reach: exactly the people the rules let act. A `lead` of an invited
 * entity acts as its coordinator, so it is told what its coordinators are told; users of an entity's
 * sub-units cannot act in its package (`users.members` lists the entity's own users only).
 */
import type { Role } from '../../../shared/domain/roles.js';
import { roundLeadEntityIds, type RoundRecord } from '../../repositories/contributionRounds.js';
import type { ContributionDeps } from './deps.js';

/** The roles that draft an invited entity's package (contributors; coordinators and leads, who also review and submit). */
export const DRAFTER_ROLES: readonly Role[] = ['coordinator', 'lead', 'contributor'];

/** The roles that answer for an invited entity's package: its coordinators, and its leads acting as one. */
export const COORDINATOR_ROLES: readonly Role[] = ['coordinator', 'lead'];

/** An invited entity's coordinators, leads and contributors: the people who draft its package. */
export function draftersOf(deps: Pick<ContributionDeps, 'users'>, entityId: string): string[] {
  return deps.users.members(entityId, DRAFTER_ROLES).map((user) => user.id);
}

/** An invited entity's coordinators and leads: who answers for its package. */
export function coordinatorsOf(deps: Pick<ContributionDeps, 'users'>, entityId: string): string[] {
  return deps.users.members(entityId, COORDINATOR_ROLES).map((user) => user.id);
}

/** The `lead` users of every entity leading one of the round's documents: who runs it and processes what comes in. */
export function roundLeadsOf(deps: Pick<ContributionDeps, 'users'>, round: Pick<RoundRecord, 'documentLeads'>): string[] {
  return roundLeadEntityIds(round).flatMap((entityId) => deps.users.members(entityId, ['lead']).map((user) => user.id));
}

/** The in-app path of a round (the client's page). */
export function roundLink(roundId: string): string {
  return `/rounds/${roundId}`;
}

/** The in-app path of one entity's package (the client's page). */
export function contributionLink(contributionId: string): string {
  return `/contributions/${contributionId}`;
}
