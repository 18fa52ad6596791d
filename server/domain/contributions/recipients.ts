/** Whom a round's notifications reach. */
import type { ContributionDeps } from './deps.js';

/** An invited entity's coordinators and contributors (its sub-units' too): the people who draft its package. */
export function draftersOf(deps: Pick<ContributionDeps, 'users'>, entityId: string): string[] {
  return deps.users.members(entityId, ['coordinator', 'contributor']).map((user) => user.id);
}

/** An entity's coordinators: who answers for its package. */
export function coordinatorsOf(deps: Pick<ContributionDeps, 'users'>, entityId: string): string[] {
  return deps.users.members(entityId, ['coordinator']).map((user) => user.id);
}

/** The `lead` users of the entity running a round: who processes what comes in. */
export function roundLeadsOf(deps: Pick<ContributionDeps, 'users'>, leadEntityId: string): string[] {
  return deps.users.members(leadEntityId, ['lead']).map((user) => user.id);
}

/** The in-app path of a round (the client's page). */
export function roundLink(roundId: string): string {
  return `/rounds/${roundId}`;
}

/** The in-app path of one entity's package (the client's page). */
export function contributionLink(contributionId: string): string {
  return `/contributions/${contributionId}`;
}
