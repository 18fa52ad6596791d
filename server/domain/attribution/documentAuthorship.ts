/**
 * "Who wrote what" of a main text: for the text visible now, who wrote each run of it, for which
 * entity, when, and whether by direct editing or through an accepted amendment. Derived from the
 * server's log only; a client's claims play no part.
 */
import * as Y from 'yjs';
import type { AuthorshipAmendment, AuthorshipAuthor, DocumentAuthorship } from '../../../shared/api/attribution.js';
import { isMerged } from '../../../shared/domain/amendmentRules.js';
import { entityColor } from '../../../shared/domain/entityColors.js';
import { documentRoom } from '../../../shared/protocol/rooms.js';
import { SYSTEM_USER_ID } from '../../seed/seedDossier.js';
import { attributionContext, type AttributionDeps, type CachedRuns } from './attributionContext.js';
import type { EntityFacts, PersonFacts } from '../../repositories/attributionLog.js';
import { RunMerger } from './authorshipRuns.js';
import type { Attribution } from './clockMap.js';
import { ownerAttribution } from './ownerAttribution.js';
import type { ResolvedAttribution } from './resolvedAttribution.js';
import { isVisibleText, walkAttributed } from './structWalk.js';

/** The name the seeded text goes by (the client may translate it: `original` says which it is). */
export const ORIGINAL_TEXT_NAME = 'oorspronkelijke tekst';

/** The authorship of a document's main text as it is now. */
export function documentAuthorship(deps: AttributionDeps, documentId: string): DocumentAuthorship {
  const context = attributionContext(deps.db);
  const room = documentRoom(documentId);
  const merged = context.log.amendments(documentId).filter((a) => isMerged(a.status) && a.number !== null);
  const numbers = new Map(merged.map((a) => [a.id, a.number!]));
  const people = context.log.people();
  const cached = deps.rooms.read(room, (main) => {
    // Log and document are read in the same turn: every row up to resolved.seq is applied, no other.
    const resolved = context.index.of(room);
    const previous = context.runs.get(room);
    if (previous && previous.seq === resolved.seq) return previous;
    const fresh = authorshipRuns(main.doc, resolved, ownerAttribution(context.log.owners(room), people), (id) => numbers.get(id) ?? null);
    context.runs.set(room, fresh);
    return fresh;
  });
  const entities = context.log.entities();
  return {
    documentId,
    seq: cached.seq,
    authors: cached.authors.map((author) => presentAuthor(author, people, entities)),
    amendments: merged.map(
      (a): AuthorshipAmendment => ({ number: a.number!, id: a.id, title: a.title, entityId: a.entityId, status: a.status, decidedAt: a.decidedAt }),
    ),
    runs: cached.runs,
  };
}

/** The runs of the visible text of `doc`, with the authors they index. */
export function authorshipRuns(
  doc: Y.Doc,
  resolved: ResolvedAttribution,
  fallbackOf: (client: number) => Attribution | null,
  amendmentNumberOf: (amendmentId: string) => number | null,
): CachedRuns {
  const merger = new RunMerger();
  const authors: CachedRuns['authors'] = [];
  const authorIndexes = new Map<string, number>();
  const authorOf = ({ userId, entityId }: Attribution): number => {
    const key = `${userId}\u0000${entityId ?? ''}`;
    let index = authorIndexes.get(key);
    if (index === undefined) {
      index = authors.push({ userId, entityId }) - 1;
      authorIndexes.set(key, index);
    }
    return index;
  };
  // Runs are sorted by client: the client looks them up by binary search.
  const clients = [...doc.store.clients.keys()].sort((a, b) => a - b);
  for (const client of clients) {
    walkAttributed(doc.store.clients.get(client)!, resolved.inserted.segments(client), fallbackOf(client), (struct, clock, length, attribution) => {
      if (!isVisibleText(struct)) return merger.other(client, clock, length);
      const amendmentNumber = attribution.amendmentId === null ? null : amendmentNumberOf(attribution.amendmentId);
      merger.text(client, clock, length, { author: authorOf(attribution), at: attribution.at, amendmentNumber });
    });
  }
  return { seq: resolved.seq, runs: merger.finish(), authors };
}

function presentAuthor(
  { userId, entityId }: { userId: string; entityId: string | null },
  people: ReadonlyMap<string, PersonFacts>,
  entities: ReadonlyMap<string, EntityFacts>,
): AuthorshipAuthor {
  const original = userId === SYSTEM_USER_ID;
  const entity = entityId === null ? undefined : entities.get(entityId);
  return {
    userId,
    name: original ? ORIGINAL_TEXT_NAME : (people.get(userId)?.name ?? ''),
    original,
    entityId,
    entityName: entity?.name ?? null,
    color: entityColor(entity ? (entity.parentId ?? entityId) : null),
  };
}
