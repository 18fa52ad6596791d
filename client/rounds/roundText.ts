/** Words about rounds, packages and items, in the interface language. */
import type { InvitedEntity, RoundSummary } from '../../shared/api/contributions.js';
import type { DocumentSummary } from '../../shared/api/schemas.js';
import type { ContributionStatus, ItemKind, ItemProcessing, RoundStatus } from '../../shared/domain/contributionRules.js';
import { formatBelgianDateTime } from '../../shared/format/dates.js';
import type { MessageKey } from '../../shared/i18n/strings.js';
import type { EditedMeanwhileLabels } from '../components/EditedMeanwhile.js';
import type { Translate } from '../i18n.js';

/** The message key of each processing (verwerkt, deels verwerkt, niet verwerkt). */
export const PROCESSING_KEYS: Record<ItemProcessing, MessageKey> = {
  processed: 'round.processing.processed',
  partly_processed: 'round.processing.partly_processed',
  not_processed: 'round.processing.not_processed',
};

/** The message key of each item kind. */
export const ITEM_KIND_KEYS: Record<ItemKind, MessageKey> = {
  remark: 'contribution.kind.remark',
  amendment: 'contribution.kind.amendment',
};

/** The message key of each package status. */
export const CONTRIBUTION_STATUS_KEYS: Record<ContributionStatus, MessageKey> = {
  draft: 'contribution.status.draft',
  submitted: 'contribution.status.submitted',
};

/** The message key of each round status. */
export const ROUND_STATUS_KEYS: Record<RoundStatus, MessageKey> = {
  open: 'round.status.open',
  closed: 'round.status.closed',
};

/** "KIV · NVP": the round's documents by their short names, as far as the user's list knows them. */
export function documentNames(documentIds: readonly string[], documents: readonly Pick<DocumentSummary, 'id' | 'short'>[]): string {
  return documentIds.map((id) => documents.find((document) => document.id === id)?.short ?? id).join(' · ');
}

/** Where one invited entity stands: "Ingediend op 09/09/2025 16:40" or "Nog niet ingediend". */
export function entityStatusText(entity: Pick<InvitedEntity, 'submittedAt'>, t: Translate): string {
  return entity.submittedAt === null
    ? t('round.entity.notSubmitted')
    : t('round.entity.submittedAt', { at: formatBelgianDateTime(entity.submittedAt) });
}

/**
 * The status a round list shows the viewer: their own entity's ("Ingediend op …", "Nog niet
 * ingediend") when invited, else how many of the invited entities have submitted.
 */
export function roundStatusForViewer(round: Pick<RoundSummary, 'entities'>, viewerEntityId: string | null, t: Translate): string {
  const own = round.entities.find((entity) => entity.entityId === viewerEntityId);
  if (own !== undefined) return entityStatusText(own, t);
  const submitted = round.entities.filter((entity) => entity.submittedAt !== null).length;
  return t('round.submittedCount', { submitted, invited: round.entities.length });
}

/** The deadline that holds for the viewer: their entity's (an extension included) when invited, else the round's. */
export function deadlineForViewer(round: Pick<RoundSummary, 'deadlineAt' | 'entities'>, viewerEntityId: string | null): number {
  return round.entities.find((entity) => entity.entityId === viewerEntityId)?.deadlineAt ?? round.deadlineAt;
}

/** The words of "a colleague changed this text meanwhile" on a package's cover note and items. */
export function editedMeanwhileLabels(t: Translate): EditedMeanwhileLabels {
  return {
    title: t('contribution.edited.title'),
    hint: t('contribution.edited.hint'),
    theirs: t('contribution.edited.theirs'),
    keepMine: t('contribution.edited.keepMine'),
    takeTheirs: t('contribution.edited.takeTheirs'),
  };
}
