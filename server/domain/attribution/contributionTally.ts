/**
 * Counts contributions per entity and section, and sums them per entity, per section and in all.
 * Pure: the statistics fill it from the text and the amendments; unit tests fill it by hand.
 */
import type { ContributionCounts } from '../../../shared/api/attribution.js';
import type { AmendmentStatus } from '../../../shared/domain/amendmentRules.js';

/** A counter of the statistics. */
export type CountName = keyof ContributionCounts;

/** Nothing counted yet. */
export function zeroCounts(): ContributionCounts {
  return { added: 0, removed: 0, submitted: 0, accepted: 0, acceptedModified: 0, rejected: 0, withdrawn: 0 };
}

/** Adds `more` into `into`. */
export function addCounts(into: ContributionCounts, more: ContributionCounts): void {
  for (const name of Object.keys(into) as CountName[]) into[name] += more[name];
}

/** One entity's counts in one section. */
export interface TallyCell extends ContributionCounts {
  entityId: string | null;
  sectionId: string | null;
}

/** Counts per entity (null: the seeded text) and section (null: outside every section). */
export class ContributionTally {
  private readonly byEntity = new Map<string | null, Map<string | null, TallyCell>>();

  /** Adds `amount` to one counter of an entity in a section. */
  count(entityId: string | null, sectionId: string | null, name: CountName, amount = 1): void {
    if (amount === 0) return;
    let sections = this.byEntity.get(entityId);
    if (!sections) this.byEntity.set(entityId, (sections = new Map()));
    let cell = sections.get(sectionId);
    if (!cell) sections.set(sectionId, (cell = { entityId, sectionId, ...zeroCounts() }));
    cell[name] += amount;
  }

  /** Every cell with something counted. */
  cells(): TallyCell[] {
    return [...this.byEntity.values()].flatMap((sections) => [...sections.values()]);
  }

  /** A copy, so a cached tally is never changed by what is added for one answer. */
  copy(): ContributionTally {
    const copy = new ContributionTally();
    for (const cell of this.cells()) {
      for (const name of Object.keys(zeroCounts()) as CountName[]) copy.count(cell.entityId, cell.sectionId, name, cell[name]);
    }
    return copy;
  }
}

/** What the statistics need of an amendment. */
export interface AmendmentTallyFacts {
  entityId: string;
  sectionId: string | null;
  status: AmendmentStatus;
  submittedAt: number | null;
}

/**
 * Counts the amendments that were submitted: drafts (and drafts withdrawn before submission) are
 * private to their entity and are never counted, for anyone.
 */
export function tallyAmendments(into: ContributionTally, amendments: readonly AmendmentTallyFacts[]): void {
  for (const amendment of amendments) {
    if (amendment.submittedAt === null || amendment.status === 'draft') continue;
    const { entityId, sectionId } = amendment;
    into.count(entityId, sectionId, 'submitted');
    if (amendment.status === 'accepted' || amendment.status === 'accepted_modified') into.count(entityId, sectionId, 'accepted');
    if (amendment.status === 'accepted_modified') into.count(entityId, sectionId, 'acceptedModified');
    if (amendment.status === 'rejected') into.count(entityId, sectionId, 'rejected');
    if (amendment.status === 'withdrawn') into.count(entityId, sectionId, 'withdrawn');
  }
}

/** The cells summed per entity, per section and in all. */
export function totalsOf(cells: readonly TallyCell[]): {
  byEntity: Map<string | null, ContributionCounts>;
  bySection: Map<string | null, ContributionCounts>;
  total: ContributionCounts;
} {
  const byEntity = new Map<string | null, ContributionCounts>();
  const bySection = new Map<string | null, ContributionCounts>();
  const total = zeroCounts();
  for (const cell of cells) {
    const { entityId, sectionId, ...counts } = cell;
    if (!byEntity.has(entityId)) byEntity.set(entityId, zeroCounts());
    if (!bySection.has(sectionId)) bySection.set(sectionId, zeroCounts());
    addCounts(byEntity.get(entityId)!, counts);
    addCounts(bySection.get(sectionId)!, counts);
    addCounts(total, counts);
  }
  return { byEntity, bySection, total };
}
