/** What the amendment operations need of the server: a narrow slice of its services. */
import type { Clock } from '../../clock.js';
import type { AmendmentRepository } from '../../repositories/amendments.js';
import type { AuditLog } from '../../repositories/audit.js';
import type { DossierRepository } from '../../repositories/dossier.js';
import type { NotificationRepository } from '../../repositories/notifications.js';
import type { UserRepository } from '../../repositories/users.js';
import type { Db } from '../../storage/database.js';
import type { RoomRegistry } from '../../sync/RoomRegistry.js';
import type { RoomStorage } from '../../sync/types.js';
import type { AmendmentIndex } from './AmendmentIndex.js';

/** The parts of the server the amendment operations use. */
export interface AmendmentDeps {
  db: Db;
  /** The time decisions and submissions are stamped with (and rounds' deadlines read). */
  clock: Clock;
  dossier: DossierRepository;
  amendments: AmendmentRepository;
  audit: AuditLog;
  rooms: RoomRegistry;
  roomStorage: RoomStorage;
  amendmentIndex: AmendmentIndex;
  /** Whom a decision is told to (the entity's coordinators), and the telling. */
  users: UserRepository;
  notifications: NotificationRepository;
  /** Re-checks open sockets now, so a status change downgrades or closes them at once. */
  recheckConnections(): void;
}

/** The amendment operations' slice of the server's services. */
export function amendmentDeps(services: Omit<AmendmentDeps, 'recheckConnections'> & { recheck(): void }): AmendmentDeps {
  return {
    db: services.db,
    clock: services.clock,
    dossier: services.dossier,
    amendments: services.amendments,
    audit: services.audit,
    rooms: services.rooms,
    roomStorage: services.roomStorage,
    amendmentIndex: services.amendmentIndex,
    users: services.users,
    notifications: services.notifications,
    recheckConnections: () => services.recheck(),
  };
}
