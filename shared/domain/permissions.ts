/**
 * Who may read and write a document's main text. Pure rules: the server's HTTP routes and sync gate
 * both ask these, and unit tests call them directly.
 */
import type { Actor } from './roles.js';

/** The facts about a document that the rules need. */
export interface DocumentAccessFacts {
  id: string;
  leadEntityId: string;
}

/** Every signed-in participant of the dossier may read its main texts. */
export function canReadDocument(actor: Actor | null, _document: DocumentAccessFacts): boolean {
  return actor !== null;
}

/** Only the lead entity's `lead` users edit a main text; everyone else reads and amends. */
export function canEditDocument(actor: Actor | null, document: DocumentAccessFacts): boolean {
  return actor !== null && actor.role === 'lead' && actor.entityId === document.leadEntityId;
}

/** What a connection to a room may do. */
export type RoomAccess = 'none' | 'read' | 'write';

/** Combines the two rules into the access level the sync gate applies. */
export function documentAccess(actor: Actor | null, document: DocumentAccessFacts): RoomAccess {
  if (canEditDocument(actor, document)) return 'write';
  if (canReadDocument(actor, document)) return 'read';
  return 'none';
}
