/**
 * Who may take and read versions of a main text. Pure rules: the server's routes and the client's
 * buttons both ask these, and unit tests call them directly.
 */
import { isDocumentLead } from './amendmentRules.js';
import { canReadDocument, type DocumentAccessFacts } from './permissions.js';
import type { Actor } from './roles.js';

/** Only the document's lead takes a named version (DESIGN.md: "take versions"). */
export function canTakeVersion(actor: Actor | null, document: DocumentAccessFacts): boolean {
  return isDocumentLead(actor, document);
}

/**
 * Whoever reads the main text reads its versions too, and compares them: a version is the main
 * text as it was, so it is no more private than the text itself.
 */
export function canReadVersions(actor: Actor | null, document: DocumentAccessFacts): boolean {
  return canReadDocument(actor, document);
}
