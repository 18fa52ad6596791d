/**
 * A version's text, rebuilt from its stored state in a Y.Doc of its own (never the live room's):
 * as ProseMirror JSON for the read-only editor, and as plain text.
 */
import type { Node as PMNode } from 'prosemirror-model';
import { yXmlFragmentToProseMirrorRootNode } from 'y-prosemirror';
import * as Y from 'yjs';
import type { ProseMirrorJson } from '../../../shared/api/versions.js';
import { documentToPlainText, schema } from '../../../shared/schema/schema.js';
import type { VersionRecord } from '../../repositories/versions.js';

/** Runs `use` on the version's ProseMirror document; the scratch Y.Doc is freed afterwards. */
function withVersionNode<T>(version: Pick<VersionRecord, 'state'>, use: (node: PMNode) => T): T {
  const doc = new Y.Doc({ gc: false });
  try {
    Y.applyUpdate(doc, version.state);
    return use(yXmlFragmentToProseMirrorRootNode(doc.getXmlFragment('prosemirror'), schema));
  } finally {
    doc.destroy();
  }
}

/** The version as ProseMirror JSON (`Node.toJSON()`). */
export function versionContent(version: Pick<VersionRecord, 'state'>): ProseMirrorJson {
  return withVersionNode(version, (node) => {
    const json: ProseMirrorJson = node.toJSON();
    return json;
  });
}

/** The version as plain text, like the current text's `/text`. */
export function versionPlainText(version: Pick<VersionRecord, 'state'>): string {
  return withVersionNode(version, documentToPlainText);
}
