/** Turns domain records into the API's shapes (shared/api/schemas.ts). */
import { documentAccess } from '../../shared/domain/permissions.js';
import { entityColor } from '../../shared/domain/entityColors.js';
import type { DocumentSummary, Me } from '../../shared/api/schemas.js';
import { documentRoom } from '../../shared/protocol/rooms.js';
import type { DocumentRecord } from '../repositories/dossier.js';
import type { UserRecord } from '../repositories/users.js';
import { actorOf } from '../domain/actor.js';

/** The signed-in user as the API shows it. */
export function presentMe(user: UserRecord): Me {
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    role: user.role,
    entityId: user.entityId,
    entityName: user.entityName,
    color: entityColor(user.entityId),
  };
}

/** A document as the API shows it to this user. */
export function presentDocument(document: DocumentRecord, user: UserRecord): DocumentSummary {
  const access = documentAccess(actorOf(user), { id: document.id, leadEntityId: document.leadEntityId });
  return {
    id: document.id,
    title: document.title,
    short: document.short,
    motto: document.motto,
    leadEntityId: document.leadEntityId,
    leadEntityName: document.leadEntityName,
    access: access === 'write' ? 'write' : 'read',
    room: documentRoom(document.id),
    sections: document.sections,
  };
}
