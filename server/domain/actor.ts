/** The actor the permission rules see for a user. */
import type { Actor } from '../../shared/domain/roles.js';
import type { UserRecord } from '../repositories/users.js';

/** A user as an actor: id, entity, role in the dossier. */
export function actorOf(user: UserRecord): Actor {
  return { userId: user.id, entityId: user.entityId, role: user.role };
}
