/**
 * Anchors in tests: a version's Yjs state fetched as the advice client fetches it, built into a Y.Doc
 * of its own, and anchors over a phrase (of a version or a room's text, for advice points and
 * comments) made with y-prosemirror exactly as the editor makes them.
 */
import type { Node as PMNode } from 'prosemirror-model';
import { absolutePositionToRelativePosition, initProseMirrorDoc } from 'y-prosemirror';
import * as Y from 'yjs';
import type { CommentAnchor } from '../../shared/api/comments.js';
import { schema } from '../../shared/schema/schema.js';

/** The version's state (`GET /api/versions/:id/state`) in a Y.Doc of its own, gc off like the server's. */
export async function fetchVersionDoc(server: { url: string; origin: string }, cookie: string, versionId: string): Promise<Y.Doc> {
  const response = await fetch(`${server.url}/api/versions/${versionId}/state`, { headers: { cookie, origin: server.origin } });
  if (response.status !== 200) throw new Error(`version state: ${response.status} ${await response.text()}`);
  if (response.headers.get('content-type') !== 'application/octet-stream') throw new Error(`version state as ${response.headers.get('content-type')}`);
  const doc = new Y.Doc({ gc: false });
  Y.applyUpdate(doc, new Uint8Array(await response.arrayBuffer()));
  return doc;
}

/** The anchors of `phrase` in a section of `doc` (positions in ProseMirror, made relative by y-prosemirror). */
export function anchorOf(doc: Y.Doc, sectionId: string, phrase: string): CommentAnchor {
  const fragment = doc.getXmlFragment('prosemirror');
  const { doc: pm, mapping } = initProseMirrorDoc(fragment, schema);
  let from = -1;
  pm.descendants((node: PMNode, pos: number) => {
    if (from >= 0) return false;
    if (node.type.name === 'section' && node.attrs.id !== sectionId) return false;
    if (node.isText && node.text!.includes(phrase)) from = pos + node.text!.indexOf(phrase);
    return true;
  });
  if (from < 0) throw new Error(`"${phrase}" not in ${sectionId}`);
  const relative = (pos: number): CommentAnchor['start'] => Y.relativePositionToJSON(absolutePositionToRelativePosition(pos, fragment, mapping));
  return { start: relative(from), end: relative(from + phrase.length) };
}

/** The plain text of a Y.XmlText (its marks left out). */
export function plainText(text: Y.XmlText): string {
  return text
    .toDelta()
    .map((op: { insert: unknown }) => (typeof op.insert === 'string' ? op.insert : ''))
    .join('');
}

/** The visible text of a .docx body (word/document.xml): tags dropped, XML entities decoded. */
export function docxText(xml: string): string {
  return xml
    .replace(/<w:br\/>/g, '\n')
    .replace(/<\/w:p>/g, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}
