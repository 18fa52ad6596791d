/** The current main text of a document as a .docx, read from its live room. */
import type { Node as PMNode } from 'prosemirror-model';
import { yXmlFragmentToProseMirrorRootNode } from 'y-prosemirror';
import type * as Y from 'yjs';
import { canReadDocument } from '../../shared/domain/permissions.js';
import type { Actor } from '../../shared/domain/roles.js';
import { formatBelgianDate } from '../../shared/format/dates.js';
import { documentRoom } from '../../shared/protocol/rooms.js';
import { schema } from '../../shared/schema/schema.js';
import { forbidden, notFound } from '../errors.js';
import type { Services } from '../services.js';
import { buildDocx, docxFilename, packDocx, type DocxExport } from './docxFile.js';
import { documentDocx } from './documentDocx.js';

/** The ProseMirror document held by a Y.Doc (the `prosemirror` fragment y-prosemirror writes). */
export function proseMirrorDocOf(doc: Y.Doc): PMNode {
  return yXmlFragmentToProseMirrorRootNode(doc.getXmlFragment('prosemirror'), schema);
}

/** The main text as it is now, with the day it was exported. */
export async function exportDocumentText(
  deps: Pick<Services, 'dossier' | 'rooms'>,
  input: { actor: Actor; documentId: string; now?: Date },
): Promise<DocxExport> {
  const { actor, now = new Date() } = input;
  const document = deps.dossier.document(input.documentId);
  if (!document) throw notFound('Document');
  if (!canReadDocument(actor, document)) throw forbidden();
  // Converted inside read(): the room may be unloaded once it returns.
  const doc = deps.rooms.read(documentRoom(document.id), (room) => proseMirrorDocOf(room.doc));
  const content = documentDocx({ title: document.title, lines: [`Huidige tekst · stand op ${formatBelgianDate(now)}`], doc });
  return { filename: docxFilename([document.short], now), bytes: await packDocx(buildDocx(content)) };
}
