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

/**
 * Versions never change, and rebuilding one from its state costs half a second on a long history:
 * the last few opened are kept as ProseMirror nodes (immutable), keyed by their random id.
 */
const CACHED_VERSIONS = 8;
const cache = new Map<string, PMNode>();

/** Runs `use` on the version's ProseMirror document; the scratch Y.Doc is freed afterwards. */
export function withVersionNode<T>(version: Pick<VersionRecord, 'id' | 'state'>, use: (node: PMNode) => T): T {
  let node = cache.get(version.id);
  if (node) {
    cache.delete(version.id);
  } else {
    const doc = new Y.Doc({ gc: false });
    try {
      Y.applyUpdate(doc, version.state);
      node = yXmlFragmentToProseMirrorRootNode(doc.getXmlFragment('prosemirror'), schema);
    } finally {
      doc.destroy();
    }
  }
  cache.set(version.id, node);
  if (cache.size > CACHED_VERSIONS) cache.delete(cache.keys().next().value!);
  return use(node);
}

/** The version as ProseMirror JSON (`Node.toJSON()`). */
export function versionContent(version: Pick<VersionRecord, 'id' | 'state'>): ProseMirrorJson {
  return withVersionNode(version, (node) => {
    const json: ProseMirrorJson = node.toJSON();
    return json;
  });
}

/** The version as plain text, like the current text's `/text`. */
export function versionPlainText(version: Pick<VersionRecord, 'id' | 'state'>): string {
  return withVersionNode(version, documentToPlainText);
}
