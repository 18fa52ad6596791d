/** Everything the transports need, built once at start and passed down (no module-level singletons). */
import type { LogIn } from './auth/logIn.js';
import type { SessionService } from './auth/sessions.js';
import type { Clock } from './clock.js';
import type { Config } from './config.js';
import type { Logger } from './logger.js';
import type { AmendmentIndex } from './domain/amendments/AmendmentIndex.js';
import type { AdviceRepository } from './repositories/advice.js';
import type { AmendmentRepository } from './repositories/amendments.js';
import type { AuditLog } from './repositories/audit.js';
import type { ContributionItemRepository } from './repositories/contributionItems.js';
import type { ContributionRoundRepository } from './repositories/contributionRounds.js';
import type { ContributionRepository } from './repositories/contributions.js';
import type { DossierRepository } from './repositories/dossier.js';
import type { NotificationRepository } from './repositories/notifications.js';
import type { UserRepository } from './repositories/users.js';
import type { Db } from './storage/database.js';
import type { RoomRegistry } from './sync/RoomRegistry.js';
import type { RoomStorage } from './sync/types.js';

/** The server's parts, wired together in startServer. */
export interface Services {
  config: Config;
  db: Db;
  logger: Logger;
  /** The time deadlines are checked against. */
  clock: Clock;
  users: UserRepository;
  sessions: SessionService;
  logIn: LogIn;
  dossier: DossierRepository;
  rooms: RoomRegistry;
  /** The rooms' durable logs, read directly where a room need not be loaded (an amendment's own changes). */
  roomStorage: RoomStorage;
  amendments: AmendmentRepository;
  /** The open amendments' changes, kept current as rooms commit. */
  amendmentIndex: AmendmentIndex;
  audit: AuditLog;
  /** Advice rounds (adviesrondes) and the bodies' advice. */
  advice: AdviceRepository;
  /** Contribution rounds (insteekrondes), the entities' packages and their items. */
  contributionRounds: ContributionRoundRepository;
  contributions: ContributionRepository;
  contributionItems: ContributionItemRepository;
  /** What concerns each user, and the mail a real installation would send for it. */
  notifications: NotificationRepository;
  /** Re-checks every open socket against its session and rights now (after a status change). */
  recheck(): void;
}
