/** Words about an amendment, in the interface language: its label, status, section and dates. */
import type { AmendmentSummary } from '../../shared/api/amendments.js';
import type { SectionSummary } from '../../shared/api/schemas.js';
import { AMENDMENT_STATUSES, type AmendmentStatus } from '../../shared/domain/amendmentRules.js';
import { formatBelgianDate } from '../../shared/format/dates.js';
import type { MessageKey } from '../../shared/i18n/strings.js';
import type { Translate } from '../i18n.js';

/** The message key of each status. */
export const STATUS_KEYS: Record<AmendmentStatus, MessageKey> = {
  draft: 'amendment.status.draft',
  submitted: 'amendment.status.submitted',
  accepted: 'amendment.status.accepted',
  accepted_modified: 'amendment.status.accepted_modified',
  rejected: 'amendment.status.rejected',
  withdrawn: 'amendment.status.withdrawn',
};

/** Whether a string (a filter from a select or a query) is a status. */
export function isAmendmentStatus(value: string | null): value is AmendmentStatus {
  return value !== null && (AMENDMENT_STATUSES as readonly string[]).includes(value);
}

/** "Amendement 3", or "Ontwerp" while it has no number. */
export function amendmentLabel(amendment: Pick<AmendmentSummary, 'number'>, t: Translate): string {
  return amendment.number === null ? t('amendment.draftLabel') : t('amendment.numbered', { number: amendment.number });
}

/** "2. Title" of a section, or a plain "whole document" when the amendment names none. */
export function sectionLabel(sectionId: string | null, sections: readonly SectionSummary[], t: Translate): string {
  if (sectionId === null) return t('amendment.wholeDocument');
  const section = sections.find((candidate) => candidate.id === sectionId);
  if (section === undefined) return sectionId;
  return section.number > 0 ? `${section.number}. ${section.title}` : section.title;
}

const timeFormat = new Intl.DateTimeFormat('nl-BE', { hour: '2-digit', minute: '2-digit', timeZone: 'Europe/Brussels' });

/** A moment as Belgians write it: 27/02/2026 14:05 (Brussels time). */
export function formatMoment(epochMs: number): string {
  const date = new Date(epochMs);
  return `${formatBelgianDate(date)} ${timeFormat.format(date)}`;
}

/** The other amendments an amendment overlaps with, by label and title, as far as the list knows them. */
export function overlapNames(amendment: AmendmentSummary, known: readonly AmendmentSummary[], t: Translate): string[] {
  return amendment.overlapsWith.map((id) => {
    const other = known.find((candidate) => candidate.id === id);
    return other === undefined ? t('amendment.otherAmendment') : `${amendmentLabel(other, t)} (${other.title})`;
  });
}
