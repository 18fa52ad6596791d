/** What the contribution round operations need of the server: a narrow slice of its services. */
import type { Clock } from '../../clock.js';
import type { AuditLog } from '../../repositories/audit.js';
import type { ContributionItemRepository } from '../../repositories/contributionItems.js';
import type { ContributionRoundRepository } from '../../repositories/contributionRounds.js';
import type { ContributionRepository } from '../../repositories/contributions.js';
import type { DossierRepository } from '../../repositories/dossier.js';
import type { NotificationRepository } from '../../repositories/notifications.js';
import type { UserRepository } from '../../repositories/users.js';
import type { Services } from '../../services.js';
import type { Db } from '../../storage/database.js';
import { amendmentDeps, type AmendmentDeps } from '../amendments/deps.js';

/** The parts of the server the contribution operations use. */
export interface ContributionDeps {
  db: Db;
  /** Every deadline check and timestamp of a round reads it (tests move it). */
  clock: Clock;
  dossier: DossierRepository;
  users: UserRepository;
  audit: AuditLog;
  notifications: NotificationRepository;
  rounds: ContributionRoundRepository;
  contributions: ContributionRepository;
  items: ContributionItemRepository;
  /** Amendment items are amendments: read, checked and submitted through their own operations. */
  amendment: AmendmentDeps;
}

/** The contribution operations' slice of the server's services. */
export function contributionDeps(services: Services): ContributionDeps {
  return {
    db: services.db,
    clock: services.clock,
    dossier: services.dossier,
    users: services.users,
    audit: services.audit,
    notifications: services.notifications,
    rounds: services.contributionRounds,
    contributions: services.contributions,
    items: services.contributionItems,
    amendment: amendmentDeps(services),
  };
}
