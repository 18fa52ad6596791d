/**
 * Shared fixtures of the "who wrote what" client tests: a main text in Yjs edited by several
 * clients, runs as the server sends them, and segments described in words.
 */
import type { Node as PMNode } from 'prosemirror-model';
import { prosemirrorToYXmlFragment, yXmlFragmentToProseMirrorRootNode } from 'y-prosemirror';
import * as Y from 'yjs';
import type { AuthorshipSegment } from '../../client/attribution/authorshipSegments.js';
import type { AuthorshipAuthor, AuthorshipRun, DocumentAuthorship } from '../../shared/api/attribution.js';
import type { Me } from '../../shared/api/schemas.js';
import { schema } from '../../shared/schema/schema.js';

/** The schema's node types. */
export const { nodes } = schema;
/** A paragraph. */
export const p = (text: string) => nodes.paragraph!.create(null, text ? schema.text(text) : null);
/** A section with its title and blocks. */
export const section = (id: string, title: string, ...blocks: PMNode[]) =>
  nodes.section!.create({ id, kind: 'interest', number: 1 }, [nodes.section_title!.create(null, schema.text(title)), ...blocks]);

/** Yjs client IDs: the seed, two entities' users, this browser, someone newer than the answer. */
export const ORIGINAL = 1;
export const FLEMISH = 20;
export const WALLOON = 30;
export const ME = 40;
export const STRANGER = 50;
/** One minute, and the minute most runs are written in. */
export const MINUTE = 60_000;
export const T0 = Date.UTC(2026, 1, 27, 13, 5);

/** The answer's authors: the original text, and three people (one writing for a sub-entity). */
export const authors: AuthorshipAuthor[] = [
  { userId: 'system', name: 'oorspronkelijke tekst', original: true, entityId: null, entityName: null, color: '#555555' },
  { userId: 'u-lotte', name: 'Lotte Maes', original: false, entityId: 'vlaanderen', entityName: 'Vlaamse Regering', color: '#c79a00' },
  { userId: 'u-wal', name: 'Julie Dubois', original: false, entityId: 'wallonie-kabinet', entityName: 'Cabinet wallon', color: '#c0392b' },
  { userId: 'u-lead', name: 'An Peeters', original: false, entityId: 'fod-justitie', entityName: 'FOD Justitie', color: '#8e2c48' },
];
/** The signed-in user of the browser. */
export const me: Me = { id: 'u-lead', email: 'lead@justitie.example', name: 'An Peeters', role: 'lead', entityId: 'fod-justitie', entityName: 'FOD Justitie', color: '#8e2c48' };

/** A main text in Yjs (gc off, as in the browser) edited by several clients, and its editor document. */
export function mainText(content: PMNode) {
  const ydoc = new Y.Doc({ gc: false });
  ydoc.clientID = ORIGINAL;
  const fragment = ydoc.getXmlFragment('prosemirror');
  prosemirrorToYXmlFragment(content.type === nodes.doc ? content : nodes.doc!.create(null, content), fragment);
  return {
    ydoc,
    fragment,
    /** An edit by `client` straight into Yjs (a remote user, or this browser). */
    edit(client: number, change: (fragment: Y.XmlFragment) => void) {
      ydoc.clientID = client;
      ydoc.transact(() => change(fragment));
    },
    get doc() {
      return yXmlFragmentToProseMirrorRootNode(fragment, schema);
    },
  };
}

/** The XmlText of the n-th textblock (section titles included) of the fragment. */
export function textOf(fragment: Y.XmlFragment, n: number): Y.XmlText {
  const blocks = [...fragment.createTreeWalker((type) => type instanceof Y.XmlText)];
  const text = blocks[n];
  if (!(text instanceof Y.XmlText)) throw new Error(`no text block ${n}`);
  return text;
}

/** Runs as the server sends them: one per visible string struct of each client, by `who`. */
export function runsOf(ydoc: Y.Doc, who: (client: number, clock: number) => [author: number, at: number, amendment: number | null] | null): AuthorshipRun[] {
  const runs: AuthorshipRun[] = [];
  for (const client of [...ydoc.store.clients.keys()].sort((a, b) => a - b)) {
    for (const struct of ydoc.store.clients.get(client)!) {
      if (!(struct instanceof Y.Item) || struct.deleted || !(struct.content instanceof Y.ContentString)) continue;
      const attribution = who(client, struct.id.clock);
      if (attribution !== null) runs.push([client, struct.id.clock, struct.length, ...attribution]);
    }
  }
  return runs;
}

/** An answer of the server with these runs. */
export function answer(runs: AuthorshipRun[]): DocumentAuthorship {
  return {
    documentId: 'kiv',
    seq: 1,
    authors,
    amendments: [{ number: 1, id: 'a1', title: 'Cyberveiligheid', entityId: 'vlaanderen', status: 'accepted', decidedAt: T0 }],
    runs,
  };
}

/** Segments in words: the text they cover and whose it is. */
export function describeSegments(doc: PMNode, segments: readonly AuthorshipSegment[]): string[] {
  return segments.map(({ from, to, source }) => {
    const text = doc.textBetween(from, to);
    if (source.kind !== 'written') return `${text}|${source.kind}`;
    const minutes = (source.at - T0) / MINUTE;
    return `${text}|${authors[source.author]!.name}+${minutes}${source.amendment === null ? '' : `#${source.amendment}`}`;
  });
}

