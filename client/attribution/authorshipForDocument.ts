/** The "who wrote what" plugin of a main text's editor, with its mode asking this document's answers. */
import type { Plugin } from 'prosemirror-state';
import type { Me } from '../../shared/api/schemas.js';
import { handleUnauthenticated } from '../auth.js';
import { authorshipPlugin } from '../editor/authorshipPlugin.js';
import type { DocumentConnection } from '../sync/connectDocument.js';
import { fetchAuthorship } from './attributionApi.js';
import { AuthorshipMode } from './authorshipMode.js';

/** A failed request as the panel shows it; a 401 ends the session (back to the login page). */
function describeFailure(error: unknown): string {
  try {
    handleUnauthenticated(error);
  } catch {
    // Any other failure is shown, and the next change of the text asks again.
  }
  return error instanceof Error ? error.message : String(error);
}

/** The plugins to give a document's editor, built once per connection (the mode ends with the view). */
export function authorshipPlugins(documentId: string, user: Me, connection: DocumentConnection): Plugin[] {
  const mode = new AuthorshipMode({ load: () => fetchAuthorship(documentId), describeFailure });
  return [authorshipPlugin({ mode, fragment: connection.fragment, me: user })];
}
