/**
 * An advice point's passage: two Yjs relative positions, made by the adviser against the frozen
 * version's Yjs state and resolved the way y-prosemirror resolves them. A version's state shares
 * its structs with the main text (gc off), so the same anchors resolve in the version (where the
 * point is validated and quoted) and in the main text as it is now (where passageNow looks).
 */
import type { Node as PMNode } from 'prosemirror-model';
import { initProseMirrorDoc, relativePositionToAbsolutePosition } from 'y-prosemirror';
import * as Y from 'yjs';
import type { CommentAnchor, RelativePositionJson } from '../../../shared/api/comments.js';
import { schema } from '../../../shared/schema/schema.js';
import { ruleBroken } from '../../errors.js';
import type { VersionRecord } from '../../repositories/versions.js';

/** The longest quote kept: a point on a whole chapter keeps its start (and is compared on it). */
export const MAX_QUOTE = 10_000;

/** A passage's text as quoted and compared: outer whitespace dropped, at most MAX_QUOTE characters. */
export function quoteOf(text: string): string {
  return text.trim().slice(0, MAX_QUOTE);
}

/** A resolved passage: ordered positions in the ProseMirror document, its text and the section it starts in. */
export interface AnchoredPassage {
  from: number;
  to: number;
  /** The anchors' ends came in reverse order (the end before the start). */
  reversed: boolean;
  /** The text between them, blocks separated by a newline. */
  text: string;
  sectionId: string | null;
}

/** Resolves anchors in one Y.Doc; null when an end names nothing in it. */
export type PassageResolver = (anchor: CommentAnchor) => AnchoredPassage | null;

/** The Yjs fragment of a text and the ProseMirror document y-prosemirror makes of it (built once). */
interface TextView {
  doc: Y.Doc;
  fragment: Y.XmlFragment;
  view: ReturnType<typeof initProseMirrorDoc> | null;
}

/** The id of the section around `pos`, or null. */
export function sectionAt(doc: PMNode, pos: number): string | null {
  const resolved = doc.resolve(Math.max(0, Math.min(pos, doc.content.size)));
  for (let depth = resolved.depth; depth > 0; depth--) {
    const node = resolved.node(depth);
    if (node.type.name === 'section') return typeof node.attrs.id === 'string' ? node.attrs.id : null;
  }
  return null;
}

function resolverOver(text: TextView): PassageResolver {
  const positionOf = (json: RelativePositionJson): number | null => {
    text.view ??= initProseMirrorDoc(text.fragment, schema);
    try {
      return relativePositionToAbsolutePosition(text.doc, text.fragment, Y.createRelativePositionFromJSON(json), text.view.mapping);
    } catch {
      // A position a client made up (a struct that is not a type, a node the schema dropped) names no place.
      return null;
    }
  };
  return (anchor) => {
    const start = positionOf(anchor.start);
    const end = positionOf(anchor.end);
    if (start === null || end === null) return null;
    const pm = text.view!.doc;
    const size = pm.content.size;
    const from = Math.max(0, Math.min(start, end, size));
    const to = Math.min(size, Math.max(start, end, 0));
    return { from, to, reversed: start > end, text: pm.textBetween(from, to, '\n'), sectionId: sectionAt(pm, from) };
  };
}

/** A resolver over a live Y.Doc (call it inside `rooms.read`): its ProseMirror document is built on first use. */
export function passageResolver(doc: Y.Doc): PassageResolver {
  return resolverOver({ doc, fragment: doc.getXmlFragment('prosemirror'), view: null });
}

/**
 * Versions never change, and rebuilding one from its state costs time on a long history, while
 * advisers add point after point to the same version: the last few are kept, each with its
 * ProseMirror document, keyed by their random id.
 */
const CACHED_VERSIONS = 4;
const versionTexts = new Map<string, TextView>();

/** A resolver over a version's own text, never the live room's. */
export function versionPassageResolver(version: Pick<VersionRecord, 'id' | 'state'>): PassageResolver {
  let text = versionTexts.get(version.id);
  if (text) {
    versionTexts.delete(version.id);
  } else {
    // gc off as in the main text: the version's state carries deleted structs that anchors may name.
    const doc = new Y.Doc({ gc: false });
    Y.applyUpdate(doc, version.state);
    text = { doc, fragment: doc.getXmlFragment('prosemirror'), view: null };
  }
  versionTexts.set(version.id, text);
  if (versionTexts.size > CACHED_VERSIONS) {
    const oldest = versionTexts.keys().next().value!;
    versionTexts.get(oldest)?.doc.destroy();
    versionTexts.delete(oldest);
  }
  return resolverOver(text);
}

/**
 * The passage a new point is anchored to in the version: both ends must name places in the version,
 * start before end, with text between. Its quote and section are read here, by the server, so a
 * point records what its anchors really hold.
 */
export function anchorInVersion(version: Pick<VersionRecord, 'id' | 'state'>, anchor: CommentAnchor): { quote: string; sectionId: string | null } {
  const passage = versionPassageResolver(version)(anchor);
  if (passage === null) throw ruleBroken('anchor_unknown', "The passage's positions name nothing in this version.");
  if (passage.reversed) throw ruleBroken('anchor_reversed', "The passage's end comes before its start.");
  const quote = quoteOf(passage.text);
  if (quote === '') throw ruleBroken('passage_empty', 'The passage holds no text.');
  return { quote, sectionId: passage.sectionId };
}
