/** What the version operations need of the server: a narrow slice of its services. */
import type { Clock } from '../../clock.js';
import type { AuditLog } from '../../repositories/audit.js';
import type { DossierRepository } from '../../repositories/dossier.js';
import { VersionRepository } from '../../repositories/versions.js';
import type { Db } from '../../storage/database.js';
import type { RoomRegistry } from '../../sync/RoomRegistry.js';

/** The parts of the server the version operations use. */
export interface VersionDeps {
  db: Db;
  /** The time records are stamped with. */
  clock: Clock;
  dossier: DossierRepository;
  versions: VersionRepository;
  audit: AuditLog;
  rooms: RoomRegistry;
}

/** The version operations' slice of the server's services (the repository is cheap to build per request). */
export function versionDeps(services: Omit<VersionDeps, 'versions'>): VersionDeps {
  return {
    db: services.db,
    clock: services.clock,
    dossier: services.dossier,
    versions: new VersionRepository(services.db),
    audit: services.audit,
    rooms: services.rooms,
  };
}
