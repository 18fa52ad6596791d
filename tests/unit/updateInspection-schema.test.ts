/** The gate keeps the text inside the schema: unknown elements and formatting are refused. */
import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { buildDocumentState } from '../../server/seed/buildDocumentContent.js';
import { DOSSIER_2026_2029 } from '../../server/seed/dossier2026.js';
import { inspectUpdate, type RoomFacts } from '../../server/sync/updateInspection.js';
import { CloseCode } from '../../shared/protocol/closeCodes.js';
import { schema } from '../../shared/schema/schema.js';

const kiv = DOSSIER_2026_2029.documents.find((document) => document.id === 'kiv')!;

/** An edit made on a copy of the seeded KIV, as one update, and the facts of a server holding the seed. */
function edit(change: (fragment: Y.XmlFragment) => void): { update: Uint8Array; facts: RoomFacts } {
  const server = new Y.Doc({ gc: false });
  Y.applyUpdate(server, buildDocumentState(kiv, 1));
  const client = new Y.Doc({ gc: false });
  Y.applyUpdate(client, Y.encodeStateAsUpdate(server));
  const before = Y.encodeStateVector(client);
  change(client.getXmlFragment('prosemirror'));
  return {
    update: Y.encodeStateAsUpdate(client, before),
    facts: {
      stateOf: (id) => Y.getState(server.store, id),
      ownerOf: (id) => (id === 1 ? 'system' : undefined),
      allowedRoots: new Set(['prosemirror']),
      allowedContent: {
        elements: new Set(Object.keys(schema.nodes).filter((name) => name !== 'doc' && name !== 'text')),
        marks: new Set(Object.keys(schema.marks)),
      },
    },
  };
}

const firstSection = (fragment: Y.XmlFragment) => fragment.get(0) as Y.XmlElement;

describe('inspectUpdate: the schema', () => {
  it('accepts paragraphs, headings with their level, and bold and italic text', () => {
    const { update, facts } = edit((fragment) => {
      const heading = new Y.XmlElement('heading');
      heading.setAttribute('level', '3');
      const text = new Y.XmlText('Nieuw kopje');
      heading.insert(0, [text]);
      firstSection(fragment).insert(1, [heading]);
      text.format(0, 5, { strong: {} });
      text.format(6, 5, { em: {} });
    });
    expect(inspectUpdate(update, 'lead', facts)).toMatchObject({ ok: true });
  });

  it('refuses an element the schema does not know', () => {
    const { update, facts } = edit((fragment) => firstSection(fragment).insert(1, [new Y.XmlElement('script')]));
    expect(inspectUpdate(update, 'lead', facts)).toMatchObject({ ok: false, code: CloseCode.MalformedFrame, detail: 'unknown element "script"' });
  });

  it('refuses formatting the schema does not know', () => {
    const { update, facts } = edit((fragment) => {
      const text = (firstSection(fragment).get(0) as Y.XmlElement).get(0) as Y.XmlText;
      text.format(0, 3, { colour: 'red' });
    });
    expect(inspectUpdate(update, 'lead', facts)).toMatchObject({ ok: false, detail: 'unknown formatting "colour"' });
  });

  it('refuses embeds, and shared types hidden in attributes', () => {
    const embedded = edit((fragment) => ((firstSection(fragment).get(0) as Y.XmlElement).get(0) as Y.XmlText).insertEmbed(0, { image: 'x' }));
    expect(inspectUpdate(embedded.update, 'lead', embedded.facts)).toMatchObject({ ok: false, detail: 'content the text does not use' });
    const map = edit((fragment) => firstSection(fragment).setAttribute('extra', new Y.Map() as unknown as string));
    expect(inspectUpdate(map.update, 'lead', map.facts)).toMatchObject({ ok: false, detail: 'an attribute that is not a plain value' });
  });
});
