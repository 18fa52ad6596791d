/**
 * The rows of the contribution statistics as the panel shows them: one per entity with the totals,
 * one per section (all entities, or one), and the bars of the chart. Pure: labels that need
 * translating are left to the view by `kind`.
 */
import type { ContributionCounts, DocumentStatistics, StatisticsEntity, StatisticsSection } from '../../shared/api/attribution.js';
import { colorClassOf } from './authorshipLegend.js';

/** The count columns of the tables, in order. */
export const COUNT_COLUMNS = ['added', 'removed', 'submitted', 'accepted', 'rejected', 'withdrawn'] as const;

/** One of the count columns. */
export type CountColumn = (typeof COUNT_COLUMNS)[number];

/** A row of the table per entity. */
export interface EntityRow {
  /** `entity:<id>`, or `original` for the seeded text. */
  key: string;
  entityId: string | null;
  original: boolean;
  /** The entity's name (the view translates the original text's). */
  name: string;
  /** `entity-…` class of its colour; null for the original text. */
  colorClass: string | null;
  counts: ContributionCounts;
}

/** A row of the table per section. */
export interface SectionRow {
  sectionId: string | null;
  number: number | null;
  title: string;
  counts: ContributionCounts;
}

/** A bar pair of the chart: characters added and removed, as shares of the largest count shown. */
export interface ChartBar {
  key: string;
  name: string;
  colorClass: string;
  added: number;
  removed: number;
  /** 0..1 of the chart's width. */
  addedShare: number;
  removedShare: number;
}

/** Nothing counted. */
export function zeroCounts(): ContributionCounts {
  return { added: 0, removed: 0, submitted: 0, accepted: 0, acceptedModified: 0, rejected: 0, withdrawn: 0 };
}

/** Picks the counts out of a row of the answer (which carries its key alongside). */
function countsOf(row: ContributionCounts | undefined): ContributionCounts {
  if (row === undefined) return zeroCounts();
  const { added, removed, submitted, accepted, acceptedModified, rejected, withdrawn } = row;
  return { added, removed, submitted, accepted, acceptedModified, rejected, withdrawn };
}

/** The value a filter select uses for an entity (null is the original text). */
export function entityKey(entityId: string | null): string {
  return entityId === null ? 'original' : `entity:${entityId}`;
}

function entityRow(entity: StatisticsEntity, statistics: DocumentStatistics): EntityRow {
  return {
    key: entityKey(entity.entityId),
    entityId: entity.entityId,
    original: entity.original,
    name: entity.name,
    colorClass: entity.original ? null : colorClassOf(entity.entityId, entity.color),
    counts: countsOf(statistics.byEntity.find((row) => row.entityId === entity.entityId)),
  };
}

/** One row per entity that contributed, in the server's order, and the total. */
export function entityRows(statistics: DocumentStatistics): { rows: EntityRow[]; total: ContributionCounts } {
  return { rows: statistics.entities.map((entity) => entityRow(entity, statistics)), total: countsOf(statistics.total) };
}

/**
 * One row per section, for every entity together (`filter` null) or for the entity whose
 * `entityKey` is `filter`; the total is that entity's (or the document's).
 */
export function sectionRows(statistics: DocumentStatistics, filter: string | null): { rows: SectionRow[]; total: ContributionCounts } {
  const entity = filter === null ? undefined : statistics.entities.find((candidate) => entityKey(candidate.entityId) === filter);
  const row = (section: StatisticsSection): SectionRow => {
    const counts =
      entity === undefined
        ? statistics.bySection.find((candidate) => candidate.sectionId === section.sectionId)
        : statistics.cells.find((cell) => cell.entityId === entity.entityId && cell.sectionId === section.sectionId);
    return { sectionId: section.sectionId, number: section.number, title: section.title, counts: countsOf(counts) };
  };
  const total =
    entity === undefined ? statistics.total : statistics.byEntity.find((candidate) => candidate.entityId === entity.entityId);
  return { rows: statistics.sections.map(row), total: countsOf(total) };
}

/**
 * The chart's bars: the entities that added or removed characters. The seeded text is left out:
 * its tens of thousands of characters would flatten every other bar.
 */
export function chartBars(statistics: DocumentStatistics): ChartBar[] {
  const rows = entityRows(statistics).rows.filter((row) => !row.original && (row.counts.added > 0 || row.counts.removed > 0));
  const largest = Math.max(1, ...rows.flatMap((row) => [row.counts.added, row.counts.removed]));
  return rows.map((row) => ({
    key: row.key,
    name: row.name,
    colorClass: row.colorClass ?? 'entity-unknown',
    added: row.counts.added,
    removed: row.counts.removed,
    addedShare: row.counts.added / largest,
    removedShare: row.counts.removed / largest,
  }));
}
