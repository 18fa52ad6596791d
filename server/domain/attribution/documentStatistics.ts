/**
 * Contribution statistics of a main text per entity and section: characters added and removed
 * (from the server's log and the live text) and amendments submitted, accepted, rejected and
 * withdrawn (from the amendments; drafts are never counted), with totals per entity and section.
 */
import type { ContributionCounts, DocumentStatistics, StatisticsEntity, StatisticsSection } from '../../../shared/api/attribution.js';
import { entityColor } from '../../../shared/domain/entityColors.js';
import { documentRoom } from '../../../shared/protocol/rooms.js';
import type { DocumentRecord } from '../../repositories/dossier.js';
import { attributionContext, type AttributionDeps, type CachedTally } from './attributionContext.js';
import { tallyCharacters } from './characterTally.js';
import { tallyAmendments, totalsOf, zeroCounts } from './contributionTally.js';
import { ORIGINAL_TEXT_NAME } from './documentAuthorship.js';
import { ownerAttribution } from './ownerAttribution.js';

/** The statistics of a document's main text as it is now. */
export function documentStatistics(deps: AttributionDeps, document: DocumentRecord): DocumentStatistics {
  const context = attributionContext(deps.db);
  const room = documentRoom(document.id);
  const characters = deps.rooms.read(room, (main): CachedTally => {
    const resolved = context.index.of(room);
    const previous = context.tallies.get(room);
    if (previous && previous.seq === resolved.seq) return previous;
    const fresh = { seq: resolved.seq, tally: tallyCharacters(main.doc, resolved, ownerAttribution(context.log.owners(room), context.log.people())) };
    context.tallies.set(room, fresh);
    return fresh;
  });
  // Amendments change status without touching the text: counted afresh on every request.
  const tally = characters.tally.copy();
  tallyAmendments(tally, context.log.amendments(document.id));

  const entityFacts = context.log.entities();
  const cells = tally.cells();
  const { byEntity, bySection, total } = totalsOf(cells);
  const entityOrder = (id: string | null) => (id === null ? -1 : (entityFacts.get(id)?.sort ?? Number.MAX_SAFE_INTEGER));
  const entityIds = [...byEntity.keys()].sort((a, b) => entityOrder(a) - entityOrder(b) || String(a).localeCompare(String(b)));
  const entities = entityIds.map((entityId): StatisticsEntity => {
    const facts = entityId === null ? undefined : entityFacts.get(entityId);
    return {
      entityId,
      name: entityId === null ? ORIGINAL_TEXT_NAME : (facts?.name ?? entityId),
      original: entityId === null,
      color: entityColor(facts ? (facts.parentId ?? entityId) : null),
    };
  });
  const sections: StatisticsSection[] = document.sections.map((s) => ({ sectionId: s.id, number: s.number, title: s.title }));
  for (const sectionId of bySection.keys()) {
    if (!sections.some((s) => s.sectionId === sectionId)) sections.push({ sectionId, number: null, title: sectionId ?? '' });
  }
  const sectionOrder = new Map(sections.map((s, index) => [s.sectionId, index]));
  const countsOf = (map: Map<string | null, ContributionCounts>, key: string | null) => map.get(key) ?? zeroCounts();

  return {
    documentId: document.id,
    seq: characters.seq,
    entities,
    sections,
    cells: cells.sort(
      (a, b) => entityIds.indexOf(a.entityId) - entityIds.indexOf(b.entityId) || sectionOrder.get(a.sectionId)! - sectionOrder.get(b.sectionId)!,
    ),
    byEntity: entityIds.map((entityId) => ({ entityId, ...countsOf(byEntity, entityId) })),
    bySection: sections.map(({ sectionId }) => ({ sectionId, ...countsOf(bySection, sectionId) })),
    total,
  };
}
