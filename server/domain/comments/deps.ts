/** What the comment operations need of the server: a narrow slice of its services. */
import type { Clock } from '../../clock.js';
import type { AmendmentRepository } from '../../repositories/amendments.js';
import type { AuditLog } from '../../repositories/audit.js';
import { CommentRepository } from '../../repositories/comments.js';
import type { DossierRepository } from '../../repositories/dossier.js';
import type { Db } from '../../storage/database.js';
import type { RoomRegistry } from '../../sync/RoomRegistry.js';

/** The parts of the server the comment operations use. */
export interface CommentDeps {
  db: Db;
  /** The time records are stamped with. */
  clock: Clock;
  dossier: DossierRepository;
  amendments: AmendmentRepository;
  comments: CommentRepository;
  audit: AuditLog;
  rooms: RoomRegistry;
}

/** The comment operations' slice of the server's services (the repository is cheap to build per request). */
export function commentDeps(services: Omit<CommentDeps, 'comments'>): CommentDeps {
  return {
    db: services.db,
    clock: services.clock,
    dossier: services.dossier,
    amendments: services.amendments,
    comments: new CommentRepository(services.db),
    audit: services.audit,
    rooms: services.rooms,
  };
}
