/** What the advice operations need of the server: a narrow slice of its services. */
import type { Clock } from '../../clock.js';
import type { AdviceRepository } from '../../repositories/advice.js';
import { AdvicePointRepository } from '../../repositories/advicePoints.js';
import type { AmendmentRepository } from '../../repositories/amendments.js';
import type { AuditLog } from '../../repositories/audit.js';
import type { DossierRepository } from '../../repositories/dossier.js';
import type { NotificationRepository } from '../../repositories/notifications.js';
import type { UserRepository } from '../../repositories/users.js';
import { VersionRepository } from '../../repositories/versions.js';
import type { Db } from '../../storage/database.js';
import type { RoomRegistry } from '../../sync/RoomRegistry.js';

/** The parts of the server the advice operations use. */
export interface AdviceDeps {
  db: Db;
  dossier: DossierRepository;
  users: UserRepository;
  advice: AdviceRepository;
  points: AdvicePointRepository;
  versions: VersionRepository;
  amendments: AmendmentRepository;
  audit: AuditLog;
  rooms: RoomRegistry;
  notifications: NotificationRepository;
  /** Every deadline check and timestamp of a round reads this clock. */
  clock: Clock;
}

/** The advice operations' slice of the server's services (the point and version repositories are cheap to build per request). */
export function adviceDeps(services: Omit<AdviceDeps, 'points' | 'versions'>): AdviceDeps {
  return {
    db: services.db,
    dossier: services.dossier,
    users: services.users,
    advice: services.advice,
    points: new AdvicePointRepository(services.db),
    versions: new VersionRepository(services.db),
    amendments: services.amendments,
    audit: services.audit,
    rooms: services.rooms,
    notifications: services.notifications,
    clock: services.clock,
  };
}
