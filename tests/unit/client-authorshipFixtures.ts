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
import { buildDocumentContent } from '../../server/seed/buildDocumentContent.js';
import { DOSSIER_2026_2029 } from '../../server/seed/dossier2026.js';
import { prng } from '../utils/prng.js';

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


/** The seed's KIV (3,700 characters) repeated, with fresh section ids, up to `characters`. */
function seedTextOf(characters: number): PMNode {
  const kiv = DOSSIER_2026_2029.documents.find((d) => d.id === 'kiv')!;
  const sections: PMNode[] = [];
  let length = 0;
  for (let copy = 0; length < characters; copy++) {
    buildDocumentContent(kiv).forEach((node) => {
      sections.push(node.type.create({ ...node.attrs, id: `${String(node.attrs.id)}-${copy}` }, node.content));
      length += node.textContent.length;
    });
  }
  return nodes.doc!.create(null, sections);
}

/**
 * A seed-sized main text (20,000 characters) after 400 edits by eight hands, with the server's runs
 * and answer for it: the unit test checks a pass over it, the bench times one.
 */
export function seedSizedAuthoredText() {
  const text = mainText(seedTextOf(20_000));
  const random = prng(7);
  const clients = [100, 101, 102, 103, 104, 105, 106, 107];
  const blocks = [...text.fragment.createTreeWalker((type) => type instanceof Y.XmlText)] as Y.XmlText[];
  for (let edit = 0; edit < 400; edit++) {
    const client = clients[edit % clients.length]!;
    const target = blocks[Math.floor(random() * blocks.length)]!;
    const at = Math.floor(random() * (target.length + 1));
    if (random() < 0.25 && target.length > 6) text.edit(client, () => target.delete(Math.min(at, target.length - 5), 4));
    else text.edit(client, () => target.insert(at, random() < 0.5 ? 'nieuw ' : 'woord, '));
  }
  const runs = runsOf(text.ydoc, (client, clock) => [client === ORIGINAL ? 0 : 1 + (client % 3), T0 + (clock % 5) * MINUTE, client % 2 === 0 ? 1 : null]);
  return { text, runs, authorship: answer(runs) };
}
